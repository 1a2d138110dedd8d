import { expiresAtFrom } from '../auth/token-lifetime'
import type { IssuedToken } from '../auth/bearer-token-cache'
import { vendorFailure } from '../http/vendor-errors'
import type { VendorHttpClient } from '../http/vendor-http-client'
import { readJson } from '../http/vendor-response'

export interface IdentityServiceUser {
  /** The OAuth2 confidential client service user, e.g. `svc@tenant.suffix`. */
  clientId: string
  clientSecret: string
}

/** OAuth's `{error, error_description}`, the only failure body the token endpoint has. */
function oauthError(value: unknown): { error: string; error_description?: string } | null {
  if (typeof value !== 'object' || value === null || !('error' in value) || typeof value.error !== 'string') return null
  const description = 'error_description' in value && typeof value.error_description === 'string' ? value.error_description : undefined
  return { error: value.error, ...(description === undefined ? {} : { error_description: description }) }
}

/** A platform token for a service user (client credentials at /oauth2/platformtoken). */
export async function fetchIdentityPlatformToken(http: VendorHttpClient, user: IdentityServiceUser, now: () => Date): Promise<IssuedToken> {
  const response = await http.send({
    method: 'POST',
    path: '/oauth2/platformtoken',
    form: { grant_type: 'client_credentials', client_id: user.clientId, client_secret: user.clientSecret },
    // Asking for a token changes nothing the console cares about, so it may be repeated.
    idempotentRead: true,
  })
  const body = readJson(response)
  if (response.status === 200 && typeof body === 'object' && body !== null && 'access_token' in body && typeof body.access_token === 'string') {
    return { accessToken: body.access_token, expiresAt: expiresAtFrom('expires_in' in body ? body.expires_in : undefined, now()) }
  }
  const refusal = oauthError(body)
  if (refusal) {
    const words = refusal.error === 'invalid_client' ? 'refused the service user or its secret' : `refused the token request (${refusal.error})`
    throw vendorFailure('identity', `${words}.`, refusal)
  }
  throw vendorFailure('identity', `answered the token request with HTTP ${response.status}.`)
}
