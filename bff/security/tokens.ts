import { createHash, randomBytes } from 'node:crypto'

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url')
}

/** Sessions are stored by hash, so a copy of the store does not hold usable cookies. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url')
}
