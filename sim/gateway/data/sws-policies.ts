import { DAY_MS } from '../../framework/data-time'
import { hostileKindAt, hostileText } from '../../framework/hostile-values'
import { memoizeByIndex } from '../../framework/memoize-by-index'
import type { BaseRecords } from '../../framework/overlay-store'
import { personAt } from '../../framework/people'
import type { Rng } from '../../framework/prng'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { DEPARTMENTS, URL_PATHS, WEB_APPLICATIONS } from '../../framework/word-lists'
import { identityRoles } from '../../identity/data/identity-roles'
import { IDENTITY_TENANT_SUFFIX } from '../../identity/data/identity-tenant'
import { identityUserUuid } from '../../identity/data/identity-users'
import { swsRecordId } from './sws-record-id'
import type { SwsSecurityLayer } from './sws-tenant'

/** `configuration` of `GET /v2-edge/sws/policies/{policyId}` (and the body of PUT …/configuration). */
export interface SwsPolicyConfiguration {
  readonly clipboardRestrictionEnabled: boolean
  readonly contextMenuRestrictionEnabled: boolean
  readonly downloadRestrictionEnabled: boolean
  readonly enforceEPM: boolean
  readonly watermarkEnabled: boolean
  readonly watermarkIncludesUserData: boolean
  readonly enforcePedometerLock: boolean
  readonly manualModeURLIncludeList: readonly string[]
  readonly appProtectionMode: 'Automatic'
  readonly excludedURLs: readonly string[]
}

export interface SwsSessionControlRule {
  readonly id: string
  readonly name: string
  readonly actionType: 'Blocked'
  /** Epoch ms. */
  readonly createDatetime: number
  readonly createUsername: string
  readonly inputType: 'Number'
  readonly isActive: boolean
  readonly isEmailNotification: boolean
  readonly isPushNotification: boolean
  readonly labelName: string
  readonly notificationEmail: string | null
}

export type SwsMemberType = 'User' | 'Group' | 'Role'

/** A policy member: an Identity user, group or role with its own security layers. */
export interface SwsPolicyMember {
  readonly id: string
  readonly name: string
  readonly type: SwsMemberType
  readonly securityLayers: readonly SwsSecurityLayer[]
}

/** One SWS application policy with everything the single-policy endpoint returns. */
export interface SwsPolicy {
  readonly policyId: string
  readonly name: string
  readonly description: string | null
  readonly appKey: string
  readonly active: boolean
  readonly configuration: SwsPolicyConfiguration
  readonly epmStatus: { readonly active: boolean }
  readonly defaultSecurityLayers: readonly SwsSecurityLayer[]
  readonly sessionControlRules: readonly SwsSessionControlRule[]
  readonly members: readonly SwsPolicyMember[]
}

const COLLECTION = 'sws.policy'

export const swsPolicyId = memoizeByIndex((options, index): string => swsRecordId(options.seed.rng(COLLECTION, 'id', index)))

/** The web application a policy protects: [display name, host]. */
export function swsPolicyApplication(index: number): readonly [string, string] {
  return WEB_APPLICATIONS[index % WEB_APPLICATIONS.length] ?? ['Web application', 'app.example']
}

function plainPolicyName(index: number): string {
  const [application] = swsPolicyApplication(index)
  const round = Math.floor(index / WEB_APPLICATIONS.length)
  return round === 0 ? application : `${application} – ${DEPARTMENTS[(round - 1) % DEPARTMENTS.length] ?? 'Team'} ${round}`
}

/** Policy name without building the record (sessions show it as their application name). */
export const swsPolicyName = memoizeByIndex((options, index): string => {
  const kind = hostileKindAt(options.seed, COLLECTION, index, options.profile.sws.policies)
  return kind ? hostileText(kind, plainPolicyName(index)) : plainPolicyName(index)
})

function securityLayers(rng: Rng): SwsSecurityLayer[] {
  const layers: SwsSecurityLayer[] = ['SessionProtection']
  if (rng.chance(0.85)) layers.push('StepRecording')
  if (rng.chance(0.5)) layers.push('ContinuousAuthentication')
  if (rng.chance(0.3)) layers.push('SessionControl')
  return layers
}

function members(options: SimDataOptions, rng: Rng, defaults: readonly SwsSecurityLayer[]): SwsPolicyMember[] {
  const { users, roles } = options.profile.identity
  const count = rng.between(0, 12)
  const out: SwsPolicyMember[] = []
  for (let m = 0; m < count; m++) {
    const type = rng.weighted<SwsMemberType>([['User', 6], ['Group', 2], ['Role', 2]])
    const layers = rng.chance(0.7) ? defaults : securityLayers(rng)
    if (type === 'User') {
      const index = 1 + rng.int(users - 1)
      const person = personAt(options.seed, index)
      out.push({ id: identityUserUuid(options, index), name: `${person.login}@${IDENTITY_TENANT_SUFFIX}`, type, securityLayers: layers })
    } else if (type === 'Role') {
      const role = identityRoles(options).recordAt(1 + rng.int(roles - 1))
      out.push({ id: role.ID, name: role.Name, type, securityLayers: layers })
    } else {
      out.push({ id: rng.uuid(), name: `sg-${rng.pick(DEPARTMENTS).toLowerCase().replaceAll(' ', '-')}-${rng.between(1, 40)}`, type, securityLayers: layers })
    }
  }
  // A principal is a member once, even when the draw picked it twice.
  return out.filter((member, index) => out.findIndex((other) => other.id === member.id) === index)
}

export function swsPolicies(options: SimDataOptions): BaseRecords<SwsPolicy> {
  const size = options.profile.sws.policies
  return {
    size,
    idAt: (index) => swsPolicyId(options, index),
    recordAt(index) {
      const rng = options.seed.rng(COLLECTION, index)
      const kind = hostileKindAt(options.seed, COLLECTION, index, size)
      const [application, host] = swsPolicyApplication(index)
      const defaults = securityLayers(rng)
      const watermark = rng.chance(0.4)
      const enforceEPM = rng.chance(0.2)
      const admin = personAt(options.seed, 1)
      const rules: SwsSessionControlRule[] = Array.from({ length: defaults.includes('SessionControl') ? rng.between(1, 3) : 0 }, (_, r) => ({
        id: rng.uuid(),
        name: `Block ${['card numbers', 'bulk export', 'salary fields'][r] ?? 'input'}`,
        actionType: 'Blocked',
        createDatetime: options.dataNow - rng.int(200 * DAY_MS),
        createUsername: `${admin.login}@${IDENTITY_TENANT_SUFFIX}`,
        inputType: 'Number',
        isActive: rng.chance(0.8),
        isEmailNotification: rng.chance(0.5),
        isPushNotification: rng.chance(0.3),
        labelName: ['Card number', 'Export rows', 'Salary'][r] ?? 'Amount',
        notificationEmail: rng.chance(0.5) ? `security@${IDENTITY_TENANT_SUFFIX}` : null,
      }))
      return {
        policyId: swsPolicyId(options, index),
        name: swsPolicyName(options, index),
        description: kind === 'empty-optional' || rng.chance(0.3) ? null : `Protects ${application} (${host})`,
        appKey: `${application.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${rng.hex(8)}`,
        active: rng.chance(0.85),
        configuration: {
          clipboardRestrictionEnabled: rng.chance(0.5),
          contextMenuRestrictionEnabled: rng.chance(0.3),
          downloadRestrictionEnabled: rng.chance(0.4),
          enforceEPM,
          watermarkEnabled: watermark,
          watermarkIncludesUserData: watermark && rng.chance(0.6),
          enforcePedometerLock: rng.chance(0.1),
          manualModeURLIncludeList: rng.chance(0.3) ? [`https://${host}${rng.pick(URL_PATHS)}`] : [],
          appProtectionMode: 'Automatic',
          excludedURLs: rng.chance(0.2) ? [`https://${host}/static/*`] : [],
        },
        epmStatus: { active: enforceEPM && rng.chance(0.7) },
        defaultSecurityLayers: defaults,
        sessionControlRules: rules,
        members: members(options, rng, defaults),
      }
    },
  }
}
