import { sign, verify, type KeyObject } from 'node:crypto'

// Compact JWS with RS256, the only algorithm the service-account realm accepts: enough to read a
// client's assertion and to sign the realm's own access tokens, nothing more.

export interface DecodedJwt {
  readonly header: Record<string, unknown>
  readonly payload: Record<string, unknown>
  /** `header.payload`, the bytes the signature covers. */
  readonly signingInput: string
  readonly signature: Buffer
}

function encodeSegment(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

function decodeSegment(segment: string): Record<string, unknown> | null {
  try {
    const value = JSON.parse(Buffer.from(segment, 'base64url').toString('utf8')) as unknown
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
  } catch {
    return null
  }
}

/** Splits and parses a compact JWT; null when it is not one. Verifies nothing. */
export function decodeJwt(token: string): DecodedJwt | null {
  const parts = token.split('.')
  if (parts.length !== 3) return null
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string]
  const header = decodeSegment(headerPart)
  const payload = decodeSegment(payloadPart)
  if (!header || !payload || !/^[A-Za-z0-9_-]*$/.test(signaturePart)) return null
  return { header, payload, signingInput: `${headerPart}.${payloadPart}`, signature: Buffer.from(signaturePart, 'base64url') }
}

export function signRs256(payload: Record<string, unknown>, privateKey: KeyObject, keyId?: string): string {
  const header = { alg: 'RS256', typ: 'JWT', ...(keyId ? { kid: keyId } : {}) }
  const signingInput = `${encodeSegment(header)}.${encodeSegment(payload)}`
  return `${signingInput}.${sign('sha256', Buffer.from(signingInput), privateKey).toString('base64url')}`
}

export function hasValidRs256Signature(jwt: DecodedJwt, publicKey: KeyObject): boolean {
  if (jwt.header.alg !== 'RS256') return false
  try {
    return verify('sha256', Buffer.from(jwt.signingInput), publicKey, jwt.signature)
  } catch {
    return false
  }
}
