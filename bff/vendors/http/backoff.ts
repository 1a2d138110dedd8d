/** How long to wait between attempts: capped exponential backoff with jitter. */
export interface BackoffOptions {
  baseDelayMs: number
  maxDelayMs: number
}

/**
 * "Equal jitter": half the exponential delay is kept, the other half is random, so many clients
 * retrying together spread out but none retries immediately. `attempt` counts from 1.
 */
export function backoffDelayMs(attempt: number, options: BackoffOptions, random: () => number): number {
  const exponential = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** Math.max(0, attempt - 1))
  return Math.round(exponential / 2 + (exponential / 2) * random())
}

/** Retry-After as delta-seconds or an HTTP date; null when absent or unreadable. */
export function parseRetryAfterMs(header: string | undefined, now: Date): number | null {
  if (header === undefined || header.trim() === '') return null
  const trimmed = header.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? null : Math.max(0, at - now.getTime())
}
