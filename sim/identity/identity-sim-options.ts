// Identity-only knobs beyond the common simulator options. Tests pass a fake clock and a small
// rate limit; the runner takes the rate limit from SIM_IDENTITY_RATE_LIMIT.

export interface TokenRateLimit {
  /** Requests one bearer token may make per window. */
  readonly requests: number
  readonly windowSeconds: number
}

export interface IdentitySimOptions {
  /** Wall clock (epoch ms) for token lifetimes, rate windows, MFA exemptions and change stamps. */
  readonly now?: () => number
  /** null turns rate limiting off. */
  readonly rateLimit?: TokenRateLimit | null
}

/**
 * CyberArk publishes no numbers (UNSURE, see sim/README.md): generous enough that a console never
 * meets it in normal use, low enough that a runaway loop does.
 */
export const DEFAULT_TOKEN_RATE_LIMIT: TokenRateLimit = { requests: 1_000, windowSeconds: 10 }

export const RATE_LIMIT_ENV = 'SIM_IDENTITY_RATE_LIMIT'

/** `off`, or `<requests>/<seconds>` such as `1000/10`; anything else is an error. */
export function parseTokenRateLimit(value: string): TokenRateLimit | null {
  const text = value.trim().toLowerCase()
  if (text === 'off') return null
  const match = /^(\d+)\s*\/\s*(\d+)$/.exec(text)
  const requests = Number(match?.[1])
  const windowSeconds = Number(match?.[2])
  if (!match || requests < 1 || windowSeconds < 1) {
    throw new Error(`${RATE_LIMIT_ENV} must be "off" or "<requests>/<seconds>", not "${value}"`)
  }
  return { requests, windowSeconds }
}

export function rateLimitFromEnvironment(env: NodeJS.ProcessEnv = process.env): TokenRateLimit | null {
  const value = env[RATE_LIMIT_ENV]
  return value === undefined || value === '' ? DEFAULT_TOKEN_RATE_LIMIT : parseTokenRateLimit(value)
}
