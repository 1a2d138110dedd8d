import type { SimContext } from '../framework/sim-context'
import { SpsLoginSessions, type SpsLoginSession } from './auth/sps-login-sessions'
import type { SpsApiVersion } from './sps-api-version'
import type { ResolvedSpsOptions } from './sps-app-options'
import type { SpsData } from './data/sps-data'
import { ConfigTransactions } from './transactions/config-transactions'
import { ConfigView } from './transactions/config-view'

export type CommitMessagePolicy = 'optional' | 'required'

/**
 * Everything the SPS endpoints share beyond the data model: login sessions, the configuration
 * transaction, the firmware behaviour and the timers. `/__sim/reset` puts it back to how the
 * app started.
 */
export class SpsRuntime {
  readonly context: SimContext<SpsData>
  readonly now: () => number
  readonly sessions: SpsLoginSessions
  readonly transactions: ConfigTransactions
  private readonly startup: ResolvedSpsOptions
  private apiVersion: SpsApiVersion
  private idleSeconds: number
  /** 7.x: "required" when the appliance demands a commit message (management/accounting). */
  commitMessage: CommitMessagePolicy = 'optional'
  private createdKeys = 0

  constructor(context: SimContext<SpsData>, options: ResolvedSpsOptions) {
    this.context = context
    this.startup = options
    this.now = options.now
    this.apiVersion = options.version
    this.idleSeconds = options.idleTimeoutSeconds
    this.sessions = new SpsLoginSessions(context.tokens, options.now)
    this.transactions = new ConfigTransactions((token) => this.sessions.isLive(token), options.now)
    context.onReset(() => this.reset())
  }

  get data(): SpsData {
    return this.context.data
  }

  get version(): SpsApiVersion {
    return this.apiVersion
  }

  get idleTimeoutSeconds(): number {
    return this.idleSeconds
  }

  get isSeven(): boolean {
    return this.apiVersion.behaviour === 'seven'
  }

  /** Like a firmware change: every login session and the open transaction end. */
  switchVersion(version: SpsApiVersion): void {
    this.apiVersion = version
    this.sessions.endAll()
    this.transactions.active()
  }

  /** Applies to sessions signed in from now on. */
  setIdleTimeoutSeconds(seconds: number): void {
    this.idleSeconds = seconds
  }

  /** The configuration as this session sees it (its own pending changes included). */
  viewFor(session: SpsLoginSession): ConfigView {
    return new ConfigView(this.data, this.transactions.ownedBy(session.token)?.changes ?? null)
  }

  committedView(): ConfigView {
    return new ConfigView(this.data, null)
  }

  /** `meta.remaining_seconds` where this firmware shows it on configuration and audit answers. */
  metaRemainingSeconds(session: SpsLoginSession): number | null {
    return this.isSeven ? this.sessions.remainingSeconds(session) : null
  }

  /** Keys of objects created through the API are UUIDs (seed 003's POST answer), from the seed and a counter. */
  newObjectKey(): string {
    return this.context.seed.rng('sps.created-object', this.createdKeys++).uuid()
  }

  private reset(): void {
    this.apiVersion = this.startup.version
    this.idleSeconds = this.startup.idleTimeoutSeconds
    this.commitMessage = 'optional'
    this.createdKeys = 0
    this.sessions.clear()
    this.transactions.clear()
  }
}
