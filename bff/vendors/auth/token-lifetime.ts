/** When a token issued now ends, from an OAuth `expires_in` (seconds); a missing value counts as 5 minutes. */
export function expiresAtFrom(expiresIn: unknown, now: Date): Date {
  const seconds = typeof expiresIn === 'number' && Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : 300
  return new Date(now.getTime() + seconds * 1000)
}
