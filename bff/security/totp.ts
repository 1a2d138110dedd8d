import { Secret, TOTP } from 'otpauth'

const PERIOD_SECONDS = 30
const ISSUER = 'Gatehouse'

function totpFor(username: string, base32Secret: string): TOTP {
  return new TOTP({ issuer: ISSUER, label: username, algorithm: 'SHA1', digits: 6, period: PERIOD_SECONDS, secret: Secret.fromBase32(base32Secret) })
}

/** A fresh 160-bit secret, base32 as authenticator apps expect it. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32
}

/** The otpauth:// URI an authenticator app scans from the QR code. */
export function totpUri(username: string, base32Secret: string): string {
  return totpFor(username, base32Secret).toString()
}

/**
 * Checks a 6-digit code, allowing one step of clock drift either way. Returns the time step the
 * code belongs to, or null. A step at or before `lastStep` is refused, so a code works only once.
 */
export function verifyTotp(username: string, base32Secret: string, code: string, at: Date, lastStep: number | null): number | null {
  const token = code.replace(/\s+/g, '')
  if (!/^\d{6}$/.test(token)) return null
  const delta = totpFor(username, base32Secret).validate({ token, timestamp: at.getTime(), window: 1 })
  if (delta === null) return null
  const step = Math.floor(at.getTime() / 1000 / PERIOD_SECONDS) + delta
  if (lastStep !== null && step <= lastStep) return null
  return step
}

/** The current code, for tests and the demo's own checks. */
export function currentTotp(username: string, base32Secret: string, at: Date): string {
  return totpFor(username, base32Secret).generate({ timestamp: at.getTime() })
}
