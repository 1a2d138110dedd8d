import type { Context, Hono } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { SimEnv } from '../../framework/sim-env'
import { swsRoute } from '../http/sws-route'
import { REALM_PATH, TOKEN_PATH, type AuthenticatedServiceAccount, type ServiceAccountRealm } from './service-account-realm'

// POST /auth/realms/serviceaccounts/protocol/openid-connect/token (form encoded), the
// client-credentials grant in both flavours the vendor's clients use:
//   grant_type=client_credentials&client_id=…&client_secret=…            (or HTTP Basic)
//   grant_type=client_credentials&client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer&client_assertion=<RS256 JWT>
// A client_assertion_type sent alongside a client secret (one vendor client does) is ignored.
// Errors are Keycloak's OAuth JSON: {"error", "error_description"}.

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const INVALID_CREDENTIALS = 'Invalid client or Invalid client credentials'

function oauthError(c: Context<SimEnv>, status: ContentfulStatusCode, error: string, description: string): Response {
  return c.json({ error, error_description: description }, status, { 'Cache-Control': 'no-store', Pragma: 'no-cache' })
}

function basicCredentials(header: string | undefined): { clientId: string; clientSecret: string } | null {
  const match = header ? /^Basic\s+(\S+)$/i.exec(header) : null
  if (!match) return null
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return null
  // RFC 6749 §2.3.1: both parts are form-url-encoded before they are joined.
  const part = (text: string): string => decodeURIComponent(text.replaceAll('+', ' '))
  return { clientId: part(decoded.slice(0, colon)), clientSecret: part(decoded.slice(colon + 1)) }
}

export function registerTokenEndpoint(app: Hono<SimEnv>, realm: ServiceAccountRealm): void {
  swsRoute(app, TOKEN_PATH, {
    POST: async (c) => {
      const contentType = c.req.header('content-type') ?? ''
      if (!/^application\/x-www-form-urlencoded\s*(?:;.*)?$/i.test(contentType.trim())) {
        return oauthError(c, 415, 'invalid_request', `Content-Type '${contentType}' is not supported; use application/x-www-form-urlencoded`)
      }
      const form = new URLSearchParams(await c.req.text())
      const grantType = form.get('grant_type')
      if (!grantType) return oauthError(c, 400, 'invalid_request', 'Missing form parameter: grant_type')
      if (grantType !== 'client_credentials') return oauthError(c, 400, 'unsupported_grant_type', 'Unsupported grant_type')

      const origin = new URL(c.req.url).origin
      let account: AuthenticatedServiceAccount
      const assertion = form.get('client_assertion')
      if (assertion) {
        if (form.get('client_assertion_type') !== JWT_BEARER) {
          return oauthError(c, 400, 'invalid_client', 'Parameter client_assertion_type is missing or has wrong value')
        }
        const checked = realm.jwtAccount(assertion, [`${origin}${REALM_PATH}`, `${origin}${TOKEN_PATH}`])
        if ('reason' in checked) return oauthError(c, 401, 'invalid_client', `Client authentication with signed JWT failed: ${checked.reason}`)
        const clientId = form.get('client_id')
        if (clientId && clientId !== checked.account.clientId) {
          return oauthError(c, 401, 'invalid_client', 'client_id parameter does not match sub claim')
        }
        account = checked.account
      } else {
        const credentials = basicCredentials(c.req.header('authorization')) ?? {
          clientId: form.get('client_id') ?? '',
          clientSecret: form.get('client_secret') ?? '',
        }
        if (!credentials.clientId) return oauthError(c, 401, 'invalid_client', INVALID_CREDENTIALS)
        const checked = realm.clientSecretAccount(credentials.clientId, credentials.clientSecret)
        if (checked === 'unknown-client') return oauthError(c, 401, 'invalid_client', INVALID_CREDENTIALS)
        if (checked === 'wrong-secret') return oauthError(c, 401, 'unauthorized_client', INVALID_CREDENTIALS)
        account = checked
      }

      const issued = await realm.issueAccessToken(account, `${origin}${REALM_PATH}`)
      return c.json(
        {
          access_token: issued.accessToken,
          expires_in: issued.expiresIn,
          refresh_expires_in: 0,
          token_type: 'Bearer',
          'not-before-policy': 0,
        },
        200,
        { 'Cache-Control': 'no-store', Pragma: 'no-cache' },
      )
    },
  })
}
