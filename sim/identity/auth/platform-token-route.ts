import { randomUUID } from 'node:crypto'
import type { Context, Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { passwordSha256, type IdentityUser } from '../data/identity-users'
import { IDENTITY_TENANT_ID } from '../data/identity-tenant'
import { IdentityApiError } from '../envelope/identity-api-error'
import { readRequestBody } from '../http/request-body'
import type { IdentityRuntime } from '../identity-runtime'
import { findUserByName } from '../model/user-lookup'
import { isEnabled, isLocked } from '../model/user-state'

// POST /oauth2/platformtoken — client credentials of an OAuth confidential-client service user
// (form `grant_type=client_credentials&client_id=<user@suffix>&client_secret=<password>`, or the
// credentials as HTTP Basic) → `{access_token, token_type, expires_in}`. Failures answer as
// OAuth 2.0 (RFC 6749 §5.2) does: `{error, error_description}` with 400 or 401.

/** Token lifetime (UNSURE: the vendor's value is not documented). */
export const PLATFORM_TOKEN_TTL_SECONDS = 3600

/** Claims clients read besides `exp` (S2): the tenant, and where its platform lives. */
const TENANT_CLAIMS = { tenant_id: IDENTITY_TENANT_ID, subdomain: 'gatehouse', platform_domain: 'cyberark.sim' } as const

export function registerPlatformTokenRoute(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  app.post('/oauth2/platformtoken', async (c) => {
    let fields: Readonly<Record<string, unknown>> = {}
    try {
      const body = await readRequestBody(c)
      if (body.kind === 'form' || body.kind === 'multipart') fields = body.fields ?? {}
    } catch (error) {
      if (!(error instanceof IdentityApiError)) throw error
      return oauthError(c, 400, 'invalid_request', 'The request body could not be read.')
    }
    const form = (name: string): string | undefined => (typeof fields[name] === 'string' ? (fields[name] as string) : undefined)
    const basic = basicCredentials(c.req.header('authorization'))

    const grantType = form('grant_type')
    if (grantType === undefined) return oauthError(c, 400, 'invalid_request', 'grant_type is required.')
    if (grantType !== 'client_credentials') return oauthError(c, 400, 'unsupported_grant_type', `grant_type '${grantType}' is not supported.`)
    const clientId = form('client_id') ?? basic?.id
    const clientSecret = form('client_secret') ?? basic?.secret
    if (!clientId || clientSecret === undefined) return oauthError(c, 400, 'invalid_request', 'client_id and client_secret are required.')

    const user = findUserByName(runtime.data, clientId)
    if (!user || !secretMatches(user, clientSecret)) return oauthError(c, 401, 'invalid_client', 'Client authentication failed.')
    if (!user.OauthClient) return oauthError(c, 400, 'unauthorized_client', 'The user is not an OAuth confidential client.')
    if (!isEnabled(user) || isLocked(user)) return oauthError(c, 400, 'invalid_grant', 'The user account is disabled or locked.')

    const issuedAt = Math.floor(runtime.now() / 1000)
    const claims = {
      iss: new URL(c.req.url).origin,
      sub: user.Uuid,
      unique_name: user.Name,
      ...TENANT_CLAIMS,
      iat: issuedAt,
      exp: issuedAt + PLATFORM_TOKEN_TTL_SECONDS,
      jti: randomUUID(),
    }
    const token = runtime.signer.sign(claims)
    runtime.context.tokens.issue({ subject: user.Uuid, ttlSeconds: PLATFORM_TOKEN_TTL_SECONDS, token, claims })
    noStore(c)
    return c.json({ access_token: token, token_type: 'Bearer', expires_in: PLATFORM_TOKEN_TTL_SECONDS })
  })
}

function secretMatches(user: IdentityUser, secret: string): boolean {
  return user.internal.passwordSha256 !== null && user.internal.passwordSha256 === passwordSha256(secret)
}

function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  const match = /^Basic\s+(\S+)$/i.exec(header ?? '')
  if (!match?.[1]) return null
  const decoded = Buffer.from(match[1], 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return null
  return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) }
}

/** RFC 6749 §2.3.1 form-encodes Basic credentials; a stray `%` is taken literally. */
function formDecode(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '))
  } catch {
    return value
  }
}

/** RFC 6749 §5.1: token answers, good or bad, are not to be cached. */
function noStore(c: Context<SimEnv>): void {
  c.header('Cache-Control', 'no-store')
  c.header('Pragma', 'no-cache')
}

function oauthError(c: Context<SimEnv>, status: 400 | 401, error: string, description: string): Response {
  noStore(c)
  return c.json({ error, error_description: description }, status)
}
