import { randomBytes } from 'node:crypto'

// Tokens a simulator has handed out (OAuth access tokens, SPS session ids…). Vendor apps issue
// and verify through it, so `/__sim` can expire every token at once and tests can watch clients
// recover. Token strings are random, not seeded: they are not part of the tenant's data.

export interface IssuedToken {
  readonly token: string
  readonly subject: string
  readonly issuedAt: number
  expiresAt: number
  /** Sliding expiry (SPS sessions end after idle time): each successful verify extends it. */
  readonly idleTimeoutMs: number | null
  readonly claims: Readonly<Record<string, unknown>>
}

export type TokenCheck =
  | { readonly valid: true; readonly token: IssuedToken }
  | { readonly valid: false; readonly reason: 'unknown' | 'expired' | 'revoked' }

export interface IssueTokenOptions {
  readonly subject: string
  /** Absolute lifetime. */
  readonly ttlSeconds?: number
  /** Idle lifetime, renewed on every verify. */
  readonly idleTimeoutSeconds?: number
  readonly claims?: Record<string, unknown>
  /** Use this token string (e.g. a signed JWT) instead of a random one. */
  readonly token?: string
}

export interface TokenRegistryStats {
  readonly live: number
  readonly expired: number
  readonly revoked: number
  readonly issued: number
  readonly expireAllCount: number
}

// Keep forgotten tokens answerable as "expired" for a while, then drop them to bound memory.
const FORGET_AFTER_MS = 60 * 60 * 1000
const PRUNE_ABOVE = 10_000

export class TokenRegistry {
  private readonly now: () => number
  private readonly tokens = new Map<string, IssuedToken>()
  private readonly revoked = new Set<string>()
  private issuedCount = 0
  private expireAllCount = 0

  constructor(options: { now?: () => number } = {}) {
    this.now = options.now ?? Date.now
  }

  issue(options: IssueTokenOptions): IssuedToken {
    if (options.ttlSeconds === undefined && options.idleTimeoutSeconds === undefined) {
      throw new Error('a token needs ttlSeconds or idleTimeoutSeconds')
    }
    const now = this.now()
    const idleTimeoutMs = options.idleTimeoutSeconds === undefined ? null : options.idleTimeoutSeconds * 1000
    const lifetimeMs = options.ttlSeconds === undefined ? (idleTimeoutMs ?? 0) : options.ttlSeconds * 1000
    const issued: IssuedToken = {
      token: options.token ?? randomBytes(20).toString('hex'),
      subject: options.subject,
      issuedAt: now,
      expiresAt: now + lifetimeMs,
      idleTimeoutMs,
      claims: { ...options.claims },
    }
    if (this.tokens.size >= PRUNE_ABOVE) this.prune(now)
    this.tokens.set(issued.token, issued)
    this.revoked.delete(issued.token)
    this.issuedCount++
    return issued
  }

  verify(token: string, options: { touch?: boolean } = {}): TokenCheck {
    if (this.revoked.has(token)) return { valid: false, reason: 'revoked' }
    const issued = this.tokens.get(token)
    if (!issued) return { valid: false, reason: 'unknown' }
    const now = this.now()
    if (now >= issued.expiresAt) return { valid: false, reason: 'expired' }
    if (issued.idleTimeoutMs !== null && options.touch !== false) issued.expiresAt = now + issued.idleTimeoutMs
    return { valid: true, token: issued }
  }

  /** Ends one token (sign-out). */
  revoke(token: string): boolean {
    if (!this.tokens.delete(token)) return false
    this.revoked.add(token)
    return true
  }

  /** Ends every token of a subject (sign out everywhere). Returns how many were live. */
  revokeSubject(subject: string): number {
    let count = 0
    const now = this.now()
    for (const [token, issued] of this.tokens) {
      if (issued.subject !== subject) continue
      if (now < issued.expiresAt) count++
      this.tokens.delete(token)
      this.revoked.add(token)
    }
    return count
  }

  /** Makes every token issued so far expired now. Returns how many were live. */
  expireAll(): number {
    const now = this.now()
    let count = 0
    for (const issued of this.tokens.values()) {
      if (now < issued.expiresAt) {
        issued.expiresAt = now
        count++
      }
    }
    this.expireAllCount++
    return count
  }

  /** Forgets everything (simulator reset). */
  clear(): void {
    this.tokens.clear()
    this.revoked.clear()
    this.issuedCount = 0
    this.expireAllCount = 0
  }

  stats(): TokenRegistryStats {
    const now = this.now()
    let live = 0
    for (const issued of this.tokens.values()) if (now < issued.expiresAt) live++
    return {
      live,
      expired: this.tokens.size - live,
      revoked: this.revoked.size,
      issued: this.issuedCount,
      expireAllCount: this.expireAllCount,
    }
  }

  private prune(now: number): void {
    for (const [token, issued] of this.tokens) {
      if (issued.expiresAt + FORGET_AFTER_MS < now) this.tokens.delete(token)
    }
    if (this.revoked.size > PRUNE_ABOVE) this.revoked.clear()
  }
}
