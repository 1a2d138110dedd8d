import type { SpsData } from '../data/sps-data'
import { ConfigChangeSet } from './config-change-set'

// The configuration lock and the transaction that holds it. Opening a transaction "locks the
// configuration of SPS similarly to accessing SPS from the web interface", so at most one is open
// at a time, owned by the login session that opened it. It ends by commit, rollback, or
// automatically when its login session ends (idle timeout, expired tokens, reset).

export interface OpenTransaction {
  readonly token: string
  readonly username: string
  readonly openedAt: number
  readonly changes: ConfigChangeSet
}

export interface CommitRecord {
  readonly username: string
  readonly committedAt: string
  readonly message: string | null
  readonly changes: number
}

export type OpenOutcome =
  | { readonly status: 'opened' | 'already-open'; readonly transaction: OpenTransaction }
  | { readonly status: 'locked'; readonly holder: OpenTransaction }

const COMMIT_HISTORY = 50

export class ConfigTransactions {
  private current: OpenTransaction | null = null
  private readonly isSessionLive: (token: string) => boolean
  private readonly now: () => number
  private readonly commits: CommitRecord[] = []
  private automaticCancels = 0

  constructor(isSessionLive: (token: string) => boolean, now: () => number) {
    this.isSessionLive = isSessionLive
    this.now = now
  }

  /** The open transaction, if any; one whose login session has ended is cancelled first. */
  active(): OpenTransaction | null {
    if (this.current && !this.isSessionLive(this.current.token)) {
      this.current = null
      this.automaticCancels++
    }
    return this.current
  }

  ownedBy(token: string): OpenTransaction | null {
    const active = this.active()
    return active?.token === token ? active : null
  }

  open(token: string, username: string): OpenOutcome {
    const active = this.active()
    if (active) return active.token === token ? { status: 'already-open', transaction: active } : { status: 'locked', holder: active }
    this.current = { token, username, openedAt: this.now(), changes: new ConfigChangeSet() }
    return { status: 'opened', transaction: this.current }
  }

  /** Writes the session's changes into the data and releases the lock; false when it holds none. */
  commit(token: string, data: SpsData, message: string | null): boolean {
    const owned = this.ownedBy(token)
    if (!owned) return false
    owned.changes.applyTo(data)
    this.current = null
    this.commits.unshift({ username: owned.username, committedAt: new Date(this.now()).toISOString(), message, changes: owned.changes.changes.length })
    this.commits.length = Math.min(this.commits.length, COMMIT_HISTORY)
    return true
  }

  /** Drops the session's changes and releases the lock; false when it holds none. */
  rollback(token: string): boolean {
    if (!this.ownedBy(token)) return false
    this.current = null
    return true
  }

  history(): readonly CommitRecord[] {
    return this.commits
  }

  get automaticallyCancelled(): number {
    return this.automaticCancels
  }

  clear(): void {
    this.current = null
    this.commits.length = 0
    this.automaticCancels = 0
  }
}
