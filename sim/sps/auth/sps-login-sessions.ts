import type { IssuedToken, TokenRegistry } from '../../framework/token-registry'
import type { SpsPrivileges } from './sps-privileges'

/** A REST login: the `session_id` token and what it may do. */
export interface SpsLoginSession {
  readonly token: string
  readonly username: string
  readonly privileges: SpsPrivileges
  readonly issued: IssuedToken
}

const PRUNE_ABOVE = 1_000

/**
 * SPS login sessions, on top of the simulator's token registry (so `/__sim/tokens/expire` and
 * expiring faults reach them). Each use renews the idle expiry.
 */
export class SpsLoginSessions {
  private readonly tokens: TokenRegistry
  private readonly now: () => number
  private readonly sessions = new Map<string, SpsLoginSession>()

  constructor(tokens: TokenRegistry, now: () => number) {
    this.tokens = tokens
    this.now = now
  }

  signIn(username: string, privileges: SpsPrivileges, idleTimeoutSeconds: number): SpsLoginSession {
    // Clients that sign in often and never come back must not grow the map for ever.
    if (this.sessions.size >= PRUNE_ABOVE) for (const token of this.sessions.keys()) if (!this.isLive(token)) this.sessions.delete(token)
    const issued = this.tokens.issue({ subject: username, idleTimeoutSeconds })
    const session = { token: issued.token, username, privileges, issued }
    this.sessions.set(issued.token, session)
    return session
  }

  /** The session of a live token, its idle expiry renewed; null when unknown or expired. */
  use(token: string): SpsLoginSession | null {
    const session = this.sessions.get(token)
    if (!session) return null
    if (!this.tokens.verify(token).valid) {
      this.sessions.delete(token)
      return null
    }
    return session
  }

  /** Whether a token is still live, without renewing it. */
  isLive(token: string): boolean {
    return this.sessions.has(token) && this.tokens.verify(token, { touch: false }).valid
  }

  remainingSeconds(session: SpsLoginSession): number {
    return Math.max(0, Math.ceil((session.issued.expiresAt - this.now()) / 1000))
  }

  live(): SpsLoginSession[] {
    return [...this.sessions.values()].filter((session) => this.isLive(session.token))
  }

  /** Ends every session (a firmware switch reboots the simulated box). */
  endAll(): void {
    for (const token of this.sessions.keys()) this.tokens.revoke(token)
    this.sessions.clear()
  }

  clear(): void {
    this.sessions.clear()
  }
}
