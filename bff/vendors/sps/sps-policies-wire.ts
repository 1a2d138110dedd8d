import {
  isSpsBuiltInKey,
  SPS_WEEKDAYS,
  type SpsChannelPolicy,
  type SpsChannelProtocol,
  type SpsChannelRule,
  type SpsObjectRef,
  type SpsTimeInterval,
  type SpsTimePolicy,
} from '../../../contract/sps-policies'
import { vendorFailure } from '../http/vendor-errors'

// Translation of SPS's policy objects (seed 003, sps.md §8) into the console's shapes:
// `/api/configuration/policies/time_policies/<key>` and `/api/configuration/<rdp|ssh>/channel_policies/<key>`,
// each `{key, body, meta}`. A reference is `{key, meta: {href}}` in answers (a bare key in requests).

type Json = Record<string, unknown>

const asObject = (value: unknown): Json | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null)
const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null)
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.flatMap((item) => (typeof item === 'string' ? [item] : (text(asObject(item)?.key) ?? []))) : []

/** The keys of a collection listing (`{items: [{key, meta}]}`). */
export function parseKeyListing(body: unknown, what: string): string[] {
  const items = asObject(body)?.items
  if (!Array.isArray(items)) throw vendorFailure('sps', `answered the ${what} list without items.`)
  return items.flatMap((item) => text(asObject(item)?.key) ?? [])
}

/** `{key, body, meta}` → key and body; a body that is not an object is a vendor failure. */
function objectOf(value: unknown, what: string): { key: string; body: Json } {
  const record = asObject(value)
  const key = text(record?.key)
  const body = asObject(record?.body)
  if (!key || !body) throw vendorFailure('sps', `answered a ${what} in an unexpected format.`)
  return { key, body }
}

/** A reference as SPS answers it (`{key, meta}`) or as a bare key; null when unset. */
export function referenceKey(value: unknown): string | null {
  return text(value) ?? text(asObject(value)?.key)
}

function intervals(value: unknown): SpsTimeInterval[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((pair) => {
    if (!Array.isArray(pair)) return []
    const [start, end] = pair.map(text)
    return start && end ? [{ start, end }] : []
  })
}

export function toTimePolicy(value: unknown): SpsTimePolicy {
  const { key, body } = objectOf(value, 'time policy')
  const days = Object.fromEntries(SPS_WEEKDAYS.map((day) => [day, intervals(body[day])])) as SpsTimePolicy['days']
  return { key, name: text(body.name) ?? key, builtIn: isSpsBuiltInKey(key), days }
}

/** Names the console could read for references (time policies); unknown keys keep a null name. */
export type NameLookup = (key: string) => string | null

function ref(value: unknown, names: NameLookup): SpsObjectRef | null {
  const key = referenceKey(value)
  return key === null ? null : { key, name: names(key) }
}

function toRule(value: unknown, timePolicyNames: NameLookup): SpsChannelRule | null {
  const rule = asObject(value)
  if (!rule) return null
  const actions = asObject(rule.actions) ?? {}
  const allowed = asObject(rule.allowed_for) ?? {}
  return {
    channel: text(rule.channel) ?? '',
    audit: actions.audit === true,
    fourEyes: actions.four_eyes === true,
    ids: actions.ids === true,
    // Content policies are not read by the console: the key is all it can show.
    contentPolicy: ref(actions.content_policy, () => null),
    clients: strings(allowed.clients),
    servers: strings(allowed.servers),
    gatewayGroups: strings(allowed.gateway_groups),
    remoteGroups: strings(allowed.remote_groups),
    timePolicy: ref(allowed.time_policy, timePolicyNames),
  }
}

export function toChannelPolicy(value: unknown, protocol: SpsChannelProtocol, timePolicyNames: NameLookup): SpsChannelPolicy {
  const { key, body } = objectOf(value, 'channel policy')
  const rules = Array.isArray(body.rules) ? body.rules.flatMap((rule) => toRule(rule, timePolicyNames) ?? []) : []
  return { key, protocol, name: text(body.name) ?? key, builtIn: isSpsBuiltInKey(key), rules }
}

/** The time policy keys a channel policy's rules refer to (to fetch their names). */
export function referencedTimePolicyKeys(value: unknown): string[] {
  const rules = asObject(asObject(value)?.body)?.rules
  if (!Array.isArray(rules)) return []
  return [...new Set(rules.flatMap((rule) => referenceKey(asObject(asObject(rule)?.allowed_for)?.time_policy) ?? []))]
}
