import { randomUUID, type KeyObject } from 'node:crypto'
import type { SimContext } from '../../framework/sim-context'
import type { GatewayData } from '../data/gateway-data'
import {
  SWS_CLIENT_SECRET_SERVICE_ACCOUNTS,
  SWS_DEMO_JWT_SERVICE_ACCOUNT,
  SWS_TENANT_ID,
  type SwsClientSecretServiceAccount,
  type SwsServiceAccountRole,
} from '../data/sws-tenant'
import { AssertionReplayGuard } from './assertion-replay-guard'
import { checkClientAssertion, type AssertionCheck } from './client-assertion'
import { RealmSigningKeyFile } from './realm-signing-key'
import { signRs256 } from './rs256-jwt'
import { loadOrCreateServiceAccountKey, type ServiceAccountKeyFile } from './service-account-key-file'

// The Keycloak realm `serviceaccounts` on the Remote Access auth host: it knows the tenant's
// service accounts, authenticates them (client secret or private-key JWT) and issues the bearer
// tokens the SWS endpoints accept. Tokens live in the simulator's TokenRegistry, so
// `/__sim/tokens/expire` and the `expire-tokens` fault reach them.

export const REALM_PATH = '/auth/realms/serviceaccounts'
export const TOKEN_PATH = `${REALM_PATH}/protocol/openid-connect/token`
/** Keycloak's default access-token lifespan. */
export const ACCESS_TOKEN_LIFETIME_SECONDS = 300
/** Where the demo service-account file points clients (the default gateway address). */
const DEFAULT_DISCOVERY_URL = `http://127.0.0.1:4102${REALM_PATH}`

/** The account a token was issued to, as the SWS endpoints see it. */
export interface AuthenticatedServiceAccount {
  /** Client id (client-secret accounts) or `<tenantId>.<serviceAccountId>.ExternalServiceAccount`. */
  readonly clientId: string
  readonly role: SwsServiceAccountRole | null
}

interface JwtServiceAccount {
  readonly serviceAccountId: string
  readonly role: SwsServiceAccountRole
  readonly publicKey: KeyObject
}

export interface IssuedAccessToken {
  readonly accessToken: string
  readonly expiresIn: number
}

export class ServiceAccountRealm {
  readonly jwtKeyFile: ServiceAccountKeyFile
  private readonly context: SimContext<GatewayData>
  private readonly secretAccounts = new Map<string, SwsClientSecretServiceAccount>()
  private readonly jwtAccounts = new Map<string, JwtServiceAccount>()
  private readonly replays = new AssertionReplayGuard()
  private readonly signingKey: RealmSigningKeyFile

  constructor(context: SimContext<GatewayData>, dataDir: string) {
    this.context = context
    this.signingKey = new RealmSigningKeyFile(dataDir)
    for (const account of SWS_CLIENT_SECRET_SERVICE_ACCOUNTS) this.secretAccounts.set(account.clientId, account)
    const { serviceAccountId, role } = SWS_DEMO_JWT_SERVICE_ACCOUNT
    this.jwtKeyFile = loadOrCreateServiceAccountKey(dataDir, serviceAccountId, DEFAULT_DISCOVERY_URL)
    this.jwtAccounts.set(serviceAccountId, { serviceAccountId, role, publicKey: this.jwtKeyFile.publicKey })
    context.onReset(() => this.replays.clear())
  }

  /** The account for a client id and secret, or which of the two is wrong. */
  clientSecretAccount(clientId: string, clientSecret: string): AuthenticatedServiceAccount | 'unknown-client' | 'wrong-secret' {
    const account = this.secretAccounts.get(clientId)
    if (!account) return 'unknown-client'
    if (account.clientSecret !== clientSecret) return 'wrong-secret'
    return { clientId: account.clientId, role: account.role }
  }

  /** Checks a private-key JWT assertion addressed to one of `audiences`. */
  jwtAccount(assertion: string, audiences: readonly string[]): { account: AuthenticatedServiceAccount } | { reason: string } {
    const check: AssertionCheck = checkClientAssertion(assertion, {
      audiences,
      nowMs: Date.now(),
      publicKeyOf: (serviceAccountId) => this.jwtAccounts.get(serviceAccountId)?.publicKey,
      replays: this.replays,
    })
    if (!check.ok) return { reason: check.reason }
    const account = this.jwtAccounts.get(check.serviceAccountId)
    if (!account) return { reason: 'Unknown service account' }
    return { account: { clientId: check.subject, role: account.role } }
  }

  async issueAccessToken(account: AuthenticatedServiceAccount, issuer: string): Promise<IssuedAccessToken> {
    const key = await this.signingKey.key()
    const issuedAt = Math.floor(Date.now() / 1000)
    const jwt = signRs256(
      {
        exp: issuedAt + ACCESS_TOKEN_LIFETIME_SECONDS,
        iat: issuedAt,
        jti: randomUUID(),
        iss: issuer,
        sub: account.clientId,
        typ: 'Bearer',
        azp: account.clientId,
      },
      key.privateKey,
      key.keyId,
    )
    this.context.tokens.issue({
      subject: account.clientId,
      ttlSeconds: ACCESS_TOKEN_LIFETIME_SECONDS,
      claims: { tenantId: SWS_TENANT_ID, role: account.role },
      token: jwt,
    })
    return { accessToken: jwt, expiresIn: ACCESS_TOKEN_LIFETIME_SECONDS }
  }

  /** The account behind a bearer token, or why there is none. */
  bearer(token: string): { account: AuthenticatedServiceAccount } | { reason: 'unknown' | 'expired' | 'revoked' } {
    const check = this.context.tokens.verify(token)
    if (!check.valid) return { reason: check.reason }
    const role = check.token.claims.role as SwsServiceAccountRole | null
    return { account: { clientId: check.token.subject, role } }
  }
}
