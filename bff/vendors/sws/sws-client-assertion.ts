import { createPrivateKey, randomBytes, sign } from 'node:crypto'

export interface ServiceAccountKey {
  /** The Remote Access tenant id (32 hex digits). */
  tenantId: string
  serviceAccountId: string
  /** PEM, PKCS#1 or PKCS#8, as in the vendor's service-account JSON file. */
  privateKeyPem: string
}

/** Assertions live this long: just long enough to reach the realm. */
const ASSERTION_LIFETIME_SECONDS = 60

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url')

/**
 * The RS256 client assertion the Remote Access realm accepts instead of a secret:
 * iss = sub = `<tenantId>.<serviceAccountId>.ExternalServiceAccount`, aud = the realm URL,
 * a short exp and a fresh jti (the realm accepts each jti once).
 */
export function signServiceAccountAssertion(key: ServiceAccountKey, audience: string, now: Date): string {
  const subject = `${key.tenantId}.${key.serviceAccountId}.ExternalServiceAccount`
  const issuedAt = Math.floor(now.getTime() / 1000)
  const header = { alg: 'RS256', typ: 'JWT' }
  const claims = { iss: subject, sub: subject, aud: audience, iat: issuedAt, exp: issuedAt + ASSERTION_LIFETIME_SECONDS, jti: randomBytes(16).toString('base64url') }
  const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(claims))}`
  const signature = sign('sha256', Buffer.from(signingInput), createPrivateKey(key.privateKeyPem))
  return `${signingInput}.${base64url(signature)}`
}
