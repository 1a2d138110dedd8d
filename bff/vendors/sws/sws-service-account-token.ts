import type { IssuedToken } from '../auth/bearer-token-cache'
import { expiresAtFrom } from '../auth/token-lifetime'
import { vendorFailure } from '../http/vendor-errors'
import type { VendorHttpClient } from '../http/vendor-http-client'
import { readJson } from '../http/vendor-response'
import { signServiceAccountAssertion } from './sws-client-assertion'
import type { SwsEndpoints } from './sws-locations'

/** The two service-account flavours Remote Access offers. */
export type SwsServiceAccount =
  | { kind: 'client-secret'; clientId: string; clientSecret: string }
  | { kind: 'private-key'; serviceAccountId: string; privateKeyPem: string }

function tokenForm(account: SwsServiceAccount, tenantId: string, endpoints: SwsEndpoints, now: Date): Record<string, string> {
  if (account.kind === 'client-secret') return { grant_type: 'client_credentials', client_id: account.clientId, client_secret: account.clientSecret }
  const assertion = signServiceAccountAssertion({ tenantId, serviceAccountId: account.serviceAccountId, privateKeyPem: account.privateKeyPem }, endpoints.realmUrl, now)
  return {
    grant_type: 'client_credentials',
    client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
    client_assertion: assertion,
  }
}

/** A bearer from the service-account realm (Keycloak's token endpoint). */
export async function fetchSwsToken(http: VendorHttpClient, account: SwsServiceAccount, tenantId: string, endpoints: SwsEndpoints, now: () => Date): Promise<IssuedToken> {
  const response = await http.send({
    method: 'POST',
    path: endpoints.tokenUrl,
    // Built per attempt: a resent assertion would reuse its jti, which the realm accepts only once.
    form: () => tokenForm(account, tenantId, endpoints, now()),
    idempotentRead: true,
  })
  const body = readJson(response)
  if (response.status === 200 && typeof body === 'object' && body !== null && 'access_token' in body && typeof body.access_token === 'string') {
    return { accessToken: body.access_token, expiresAt: expiresAtFrom('expires_in' in body ? body.expires_in : undefined, now()) }
  }
  if (typeof body === 'object' && body !== null && 'error' in body && typeof body.error === 'string') {
    const description = 'error_description' in body && typeof body.error_description === 'string' ? body.error_description : undefined
    throw vendorFailure('sws', `the service-account realm refused the token request (${description ?? body.error}).`, {
      error: body.error,
      ...(description === undefined ? {} : { error_description: description }),
    })
  }
  throw vendorFailure('sws', `the service-account realm answered HTTP ${response.status}.`)
}
