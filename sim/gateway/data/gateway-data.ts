import type { ColumnIndex } from '../../framework/overlay-column'
import { OverlayStore } from '../../framework/overlay-store'
import type { SimDataModel } from '../../framework/sim-context'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { GatewayTenantConfig } from './gateway-tenant-config'
import { swsActivities, type SwsActivity } from './sws-activities'
import { swsPolicies, type SwsPolicy } from './sws-policies'
import { swsSessionColumns, type SwsSessionColumns } from './sws-session-columns'
import { SWS_LONG_SESSIONS, swsSessionPlan, swsSessionStepsCount, type SwsSessionPlan } from './sws-session-plan'
import { swsSessions, type SwsSession } from './sws-sessions'
import { swsSteps, type SwsStep } from './sws-steps'
import { SWS_DEMO_JWT_SERVICE_ACCOUNT, SWS_DEMO_SERVICE_ACCOUNT, SWS_TENANT_ID } from './sws-tenant'
import { swsUsers, type SwsUser } from './sws-users'

/** The simulated SWS tenant behind the Remote Access gateway, generated lazily from the seed. */
export class GatewayData implements SimDataModel {
  readonly policies: OverlayStore<SwsPolicy>
  readonly users: OverlayStore<SwsUser>
  readonly sessions: OverlayStore<SwsSession>
  readonly activities: OverlayStore<SwsActivity>
  readonly collections: SimDataModel['collections']
  /** Session columns for time windows, filters and sorting; see `swsSessionColumns`. */
  readonly sessionColumns: SwsSessionColumns
  /** Activity columns for the type filter and the time window (built together in one pass). */
  readonly activityColumns: {
    readonly activityType: ColumnIndex<SwsActivity>
    readonly time: ColumnIndex<SwsActivity>
  }
  /** Switches `/__sim/config` sets (e.g. a recordings-only tenant); they reset with the data. */
  readonly tenantConfig = new GatewayTenantConfig()
  private readonly options: SimDataOptions
  private totalStepsCache: number | null = null

  constructor(options: SimDataOptions) {
    this.options = options
    this.policies = new OverlayStore(swsPolicies(options))
    this.users = new OverlayStore(swsUsers(options))
    this.sessions = new OverlayStore(swsSessions(options))
    this.activities = new OverlayStore(swsActivities(options))
    this.collections = { policies: this.policies, users: this.users, sessions: this.sessions, activities: this.activities }
    this.sessionColumns = swsSessionColumns(this.sessions, options)
    this.activityColumns = {
      activityType: this.activities.column('activityType', (activity) => activity.activityType),
      time: this.activities.column('time', (activity) => activity.activityData.time),
    }
  }

  /** The plan of a generated session, or undefined for an id the seed does not generate. */
  sessionPlan(sessionId: string): SwsSessionPlan | undefined {
    const index = this.sessions.baseIndexOf(sessionId)
    return index === undefined ? undefined : swsSessionPlan(this.options, index)
  }

  /** Steps [offset, offset + limit) of a session; undefined when the session does not exist. */
  steps(sessionId: string, offset: number, limit: number): SwsStep[] | undefined {
    if (!this.sessions.has(sessionId)) return undefined
    const plan = this.sessionPlan(sessionId)
    return plan ? swsSteps(this.options, plan, offset, limit) : []
  }

  /** Steps over all generated sessions (computed once; no step is built for it). */
  totalSteps(): number {
    if (this.totalStepsCache === null) {
      let total = 0
      for (let i = 0; i < this.options.profile.sws.sessions; i++) total += swsSessionStepsCount(this.options, i)
      this.totalStepsCache = total
    }
    return this.totalStepsCache
  }

  reset(): void {
    this.policies.reset()
    this.users.reset()
    this.sessions.reset()
    this.activities.reset()
    this.tenantConfig.reset()
  }

  describe(): Record<string, unknown> {
    return {
      tenantId: SWS_TENANT_ID,
      demoServiceAccount: SWS_DEMO_SERVICE_ACCOUNT.clientId,
      demoJwtServiceAccount: SWS_DEMO_JWT_SERVICE_ACCOUNT.serviceAccountId,
      longSessions: SWS_LONG_SESSIONS.map((long) => ({ id: long.id, stepsCount: long.stepsCount })),
      totalSteps: this.totalSteps(),
      tenantConfig: this.tenantConfig.snapshot(),
    }
  }
}
