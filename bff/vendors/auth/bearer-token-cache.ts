/** A bearer token and when the vendor said it ends. */
export interface IssuedToken {
  accessToken: string
  expiresAt: Date
}

export interface BearerTokenCache {
  /** A token that is still valid, fetching one if needed; concurrent callers share one fetch. */
  get(): Promise<string>
  /**
   * Drops `rejectedToken` after the vendor refused it. Only that token: when twenty requests
   * fail with the same stale token, the first drop wins and the rest reuse the fresh one.
   */
  invalidate(rejectedToken: string): void
  clear(): void
}

export interface BearerTokenCacheOptions {
  now: () => Date
  /** Renew this long before the stated expiry, so a token does not lapse in flight. Default 30 s. */
  refreshMarginMs?: number
}

export function createBearerTokenCache(fetchToken: () => Promise<IssuedToken>, options: BearerTokenCacheOptions): BearerTokenCache {
  const marginMs = options.refreshMarginMs ?? 30_000
  let current: IssuedToken | null = null
  let inFlight: Promise<IssuedToken> | null = null

  const fresh = (token: IssuedToken | null): token is IssuedToken =>
    token !== null && token.expiresAt.getTime() - marginMs > options.now().getTime()

  return {
    async get() {
      if (fresh(current)) return current.accessToken
      if (!inFlight) {
        inFlight = fetchToken().then(
          (token) => {
            current = token
            inFlight = null
            return token
          },
          (error: unknown) => {
            inFlight = null
            throw error
          },
        )
      }
      return (await inFlight).accessToken
    },
    invalidate(rejectedToken) {
      if (current?.accessToken === rejectedToken) current = null
    },
    clear() {
      current = null
    },
  }
}
