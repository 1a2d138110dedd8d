import type { KeyObject } from 'node:crypto'
import { SWS_TENANT_ID } from '../data/sws-tenant'
import type { AssertionReplayGuard } from './assertion-replay-guard'
import { decodeJwt, hasValidRs256Signature } from './rs256-jwt'

// Private-key JWT client authentication: the client signs (RS256) an assertion with
// iss = sub = "<tenantId>.<serviceAccountId>.ExternalServiceAccount", aud = the realm's URL,
// iat, exp and a random jti. The realm checks all of it before it issues a token.

const SUBJECT = /^([0-9a-f]{32})\.([^.]+)\.ExternalServiceAccount$/

export type AssertionCheck =
  | { readonly ok: true; readonly serviceAccountId: string; readonly subject: string }
  | { readonly ok: false; readonly reason: string }

export interface AssertionExpectations {
  /** URLs accepted as `aud`: the realm's own URL (and its token endpoint, as Keycloak allows). */
  readonly audiences: readonly string[]
  readonly nowMs: number
  readonly publicKeyOf: (serviceAccountId: string) => KeyObject | undefined
  readonly replays: AssertionReplayGuard
}

function fail(reason: string): AssertionCheck {
  return { ok: false, reason }
}

export function checkClientAssertion(assertion: string, expect: AssertionExpectations): AssertionCheck {
  const jwt = decodeJwt(assertion)
  if (!jwt) return fail('Client assertion is not a JWT')
  if (jwt.header.alg !== 'RS256') return fail(`Unsupported signature algorithm: ${String(jwt.header.alg)}`)
  const { iss, sub, aud, exp, nbf, jti } = jwt.payload
  if (typeof sub !== 'string') return fail('Token subject is missing')
  const parts = SUBJECT.exec(sub)
  if (!parts) return fail('Token subject is not a service account')
  if (iss !== sub) return fail('Token issuer does not match its subject')
  const [, tenantId, serviceAccountId] = parts as unknown as [string, string, string]
  if (tenantId !== SWS_TENANT_ID) return fail('Unknown tenant')
  const publicKey = expect.publicKeyOf(serviceAccountId)
  if (!publicKey) return fail('Unknown service account')
  if (!hasValidRs256Signature(jwt, publicKey)) return fail('Signature validation failed')
  if (typeof exp !== 'number') return fail('Token has no expiry')
  if (exp * 1000 <= expect.nowMs) return fail('Token is expired')
  if (typeof nbf === 'number' && nbf * 1000 > expect.nowMs) return fail('Token is not active yet')
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : []
  if (!audiences.some((value) => typeof value === 'string' && expect.audiences.includes(value))) return fail('Invalid token audience')
  if (typeof jti !== 'string' || jti === '') return fail('Token has no ID (jti)')
  if (!expect.replays.use(jti, exp * 1000, expect.nowMs)) return fail('Token reuse detected')
  return { ok: true, serviceAccountId, subject: sub }
}
