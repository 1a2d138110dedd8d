import { DAY_MS } from '../../framework/data-time'
import { hostileKindAt, hostileText } from '../../framework/hostile-values'
import type { BaseRecords } from '../../framework/overlay-store'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { swsUsers, type SwsUserStatus } from './sws-users'

/** The activity types `GET /v2-edge/sws/activities` accepts in `activityTypes`. */
export const SWS_ACTIVITY_TYPES = [
  'RecreateTemplateRow',
  'PolicyDeleted',
  'PolicyConfigurationUpdated',
  'PolicyLoaded',
  'PolicyDefaultsPermissionsUpdated',
  'PolicyMembersPermissionsUpdated',
  'PolicyDisabled',
  'PolicyEnabled',
  'TenantUpdated',
  'TenantStateChanged',
  'TenantActivated',
  'TenantLogin',
  'UserDeletedFromTenant',
  'UserJointTenant',
  'UserRoleChanged',
  'UserActivated',
  'UserDeactivated',
  'CompanyUserInvitationCreated',
  'UserUsernameChanged',
  'SettingsUpdated',
] as const
export type SwsActivityType = (typeof SWS_ACTIVITY_TYPES)[number]

/** `activityData` with the fields the notes document; invitation fields only where they apply. */
export interface SwsActivityData {
  readonly id: string
  /** Epoch ms. */
  readonly time: number
  readonly initiatedById: string
  readonly initiatedByName: string
  readonly initiatedByRole: string
  readonly invitationId?: string
  readonly initialStatus?: SwsUserStatus
  readonly email?: string
}

export interface SwsActivity {
  readonly activityType: SwsActivityType
  readonly activityData: SwsActivityData
}

const COLLECTION = 'sws.activity'
const ACTIVITY_WINDOW_MS = 180 * DAY_MS

const TYPE_WEIGHTS: readonly (readonly [SwsActivityType, number])[] = SWS_ACTIVITY_TYPES.map((type) => [
  type,
  type === 'TenantLogin' ? 30 : type === 'PolicyLoaded' ? 15 : type.startsWith('Policy') ? 4 : type.startsWith('User') ? 5 : 2,
])

export function swsActivityId(options: SimDataOptions, index: number): string {
  return options.seed.rng(COLLECTION, 'id', index).uuid()
}

/** Activities in time order: activity i happened before activity i + 1. */
export function swsActivities(options: SimDataOptions): BaseRecords<SwsActivity> {
  const size = options.profile.sws.activities
  const users = swsUsers(options)
  const slot = ACTIVITY_WINDOW_MS / size
  return {
    size,
    idAt: (index) => swsActivityId(options, index),
    recordAt(index) {
      const rng = options.seed.rng(COLLECTION, index)
      const activityType = rng.weighted(TYPE_WEIGHTS)
      const initiator = users.recordAt(rng.chance(0.6) ? 0 : rng.int(users.size))
      const kind = hostileKindAt(options.seed, COLLECTION, index, size)
      const initiatorName = `${initiator.firstName} ${initiator.lastName}`
      const data: SwsActivityData = {
        id: swsActivityId(options, index),
        time: Math.floor(options.dataNow - ACTIVITY_WINDOW_MS + index * slot + rng.float() * slot * 0.9),
        initiatedById: initiator.id,
        initiatedByName: kind ? hostileText(kind, initiatorName) : initiatorName,
        initiatedByRole: initiator.role,
      }
      if (activityType === 'CompanyUserInvitationCreated' || activityType === 'UserJointTenant') {
        const invitee = users.recordAt(rng.int(users.size))
        return {
          activityType,
          activityData: { ...data, invitationId: rng.uuid(), initialStatus: rng.chance(0.7) ? 'Activated' : 'Deactivated', email: invitee.username },
        }
      }
      return { activityType, activityData: data }
    },
  }
}
