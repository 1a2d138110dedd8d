export interface BasicCredentials {
  readonly username: string
  readonly password: string
}

/** Reads `Authorization: Basic base64(user:password)` (UTF-8); null when absent or malformed. */
export function parseBasicCredentials(header: string | undefined): BasicCredentials | null {
  const match = header ? /^Basic\s+([A-Za-z0-9+/=_-]+)\s*$/i.exec(header) : null
  if (!match) return null
  const decoded = Buffer.from(match[1] as string, 'base64').toString('utf8')
  const colon = decoded.indexOf(':')
  if (colon < 0) return null
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) }
}
