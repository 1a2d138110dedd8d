import type { TokenRateLimit } from '../identity-sim-options'

// A fixed window per bearer token, opened by the token's first request: the window's budget
// spent, further requests get 429 with the seconds until it closes as Retry-After.

export type RateDecision = { readonly allowed: true } | { readonly allowed: false; readonly retryAfterSeconds: number }

const PRUNE_ABOVE = 10_000

export class TokenRateLimiter {
  private readonly limit: TokenRateLimit | null
  private readonly now: () => number
  private readonly windows = new Map<string, { start: number; count: number }>()

  constructor(limit: TokenRateLimit | null, now: () => number) {
    this.limit = limit
    this.now = now
  }

  take(token: string): RateDecision {
    if (!this.limit) return { allowed: true }
    const now = this.now()
    const windowMs = this.limit.windowSeconds * 1000
    let window = this.windows.get(token)
    if (!window || now >= window.start + windowMs) {
      if (this.windows.size >= PRUNE_ABOVE) this.prune(now, windowMs)
      window = { start: now, count: 0 }
      this.windows.set(token, window)
    }
    if (window.count >= this.limit.requests) {
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.start + windowMs - now) / 1000)) }
    }
    window.count++
    return { allowed: true }
  }

  clear(): void {
    this.windows.clear()
  }

  private prune(now: number, windowMs: number): void {
    for (const [token, window] of this.windows) if (now >= window.start + windowMs) this.windows.delete(token)
  }
}
