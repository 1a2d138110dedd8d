import {
  SWS_CONFIG_FLAGS,
  type SwsPolicyDetail,
  type SwsPolicyMember,
  type SwsPolicySummary,
  type SwsSessionControlRule,
} from '../../../contract/sws-policies'
import { vendorFailure } from '../http/vendor-errors'

// Translation of the SWS policy endpoints' answers (operations 1 and 2 of the vendor notes) into
// the console's shapes. Anything the console does not show stays in the vendor's raw object,
// which the write path keeps (see sws-policies-changes.ts).

type Json = Record<string, unknown>

export function asObject(value: unknown): Json | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null)
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null)
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])
const count = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null)

/** Epoch ms (the SWS convention) as ISO 8601; null when absent or not a time. */
export function epochMsToIso(value: unknown): string | null {
  const ms = typeof value === 'number' ? value : typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : Number.NaN
  if (!Number.isFinite(ms) || ms <= 0) return null
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** A list item or the single policy's `policy` object; the list also repeats the id as `id`. */
export function toPolicySummary(value: unknown): SwsPolicySummary | null {
  const record = asObject(value)
  const id = text(record?.policyId) ?? text(record?.id)
  if (!record || !id) return null
  return {
    id,
    name: text(record.name) ?? id,
    description: text(record.description),
    appKey: text(record.appKey),
    active: record.active === true,
  }
}

/** `GET /sws/policies/` → the page's policies and the total. */
export function parsePolicyList(body: unknown): { items: SwsPolicySummary[]; total: number | null } {
  const record = asObject(body)
  if (!record || !Array.isArray(record.policies)) throw vendorFailure('sws', 'answered the policy list without a policies array.')
  const items = record.policies.map(toPolicySummary).filter((item): item is SwsPolicySummary => item !== null)
  return { items, total: count(record.totalCount) }
}

function toRule(value: unknown, index: number): SwsSessionControlRule | null {
  const record = asObject(value)
  if (!record) return null
  return {
    id: text(record.id) ?? `rule-${index}`,
    name: text(record.name) ?? '',
    labelName: text(record.labelName),
    actionType: text(record.actionType),
    inputType: text(record.inputType),
    active: flag(record.isActive),
    emailNotification: flag(record.isEmailNotification),
    pushNotification: flag(record.isPushNotification),
    notificationEmail: text(record.notificationEmail),
    createdAt: epochMsToIso(record.createDatetime),
    createdBy: text(record.createUsername),
  }
}

export function toPolicyMember(value: unknown): SwsPolicyMember | null {
  const record = asObject(value)
  const id = text(record?.id)
  if (!record || !id) return null
  return { id, name: text(record.name) ?? id, type: text(record.type) ?? 'Unknown', securityLayers: strings(record.securityLayers) }
}

/** `members` of a single policy: `{members: [...], totalCount}`. */
export function parsePolicyMembers(body: unknown): { items: SwsPolicyMember[]; total: number | null } {
  const members = asObject(asObject(body)?.members)
  const list = Array.isArray(members?.members) ? members.members : []
  return { items: list.map(toPolicyMember).filter((item): item is SwsPolicyMember => item !== null), total: count(members?.totalCount) }
}

/** The vendor's configuration object as it came (kept whole so a change never drops a field). */
export function rawConfiguration(body: unknown): Json {
  return asObject(asObject(body)?.configuration) ?? {}
}

export function toConfiguration(raw: Json): SwsPolicyDetail['configuration'] {
  const flags = Object.fromEntries(SWS_CONFIG_FLAGS.map((key) => [key, raw[key] === true])) as Record<(typeof SWS_CONFIG_FLAGS)[number], boolean>
  return {
    ...flags,
    manualModeURLIncludeList: strings(raw.manualModeURLIncludeList),
    excludedURLs: strings(raw.excludedURLs),
    appProtectionMode: text(raw.appProtectionMode),
  }
}

/** `GET /sws/policies/{id}` → the detail the console shows (members are listed separately). */
export function parsePolicyDetail(body: unknown): SwsPolicyDetail {
  const record = asObject(body)
  const policy = toPolicySummary(record?.policy)
  if (!record || !policy) throw vendorFailure('sws', 'answered the policy without its policy object.')
  const rules = Array.isArray(record.sessionControlRules) ? record.sessionControlRules : []
  return {
    policy,
    configuration: toConfiguration(rawConfiguration(record)),
    epmActive: flag(asObject(record.epmStatus)?.active),
    defaultSecurityLayers: strings(record.defaultSecurityLayers),
    sessionControlRules: rules.map(toRule).filter((rule): rule is SwsSessionControlRule => rule !== null),
    memberCount: parsePolicyMembers(record).total,
  }
}
