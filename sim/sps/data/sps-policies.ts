import type { BaseRecords } from '../../framework/overlay-store'
import type { SimDataOptions } from '../../framework/sim-data-options'
import { spsConfigurationKey } from './sps-keys'

// Time policies and RDP/SSH channel policies. Built-in objects have negative numeric keys (seed
// 003 names `-100` for the 7x24 time policy and `-20100` for an RDP channel policy; the SSH
// built-in key is our choice in the same style). The non-built-in policies are the ones the
// seeded audited sessions went through, so a policy in use can be seen refusing deletion.

export const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
export type Weekday = (typeof WEEKDAYS)[number]

/** `[start, end]` in "H:MM", as the time policy documentation shows (`["0:00", "23:59"]`). */
export type TimeInterval = readonly [start: string, end: string]

export type SpsTimePolicy = { readonly key: string; readonly name: string } & { readonly [day in Weekday]: readonly TimeInterval[] }

export interface SpsChannelRule {
  readonly actions: {
    readonly audit: boolean
    /** Key of a content policy; content policies are not simulated, so always null. */
    readonly content_policy: string | null
    readonly four_eyes: boolean
    readonly ids: boolean
  }
  readonly allowed_for: {
    readonly clients: readonly string[]
    readonly gateway_groups: readonly string[]
    readonly remote_groups: readonly string[]
    readonly servers: readonly string[]
    /** Key of a time policy (a reference). */
    readonly time_policy: string
  }
  readonly channel: string
}

export interface SpsChannelPolicy {
  readonly key: string
  readonly name: string
  readonly rules: readonly SpsChannelRule[]
}

export const BUILTIN_TIME_POLICY_KEY = '-100'
export const BUILTIN_RDP_CHANNEL_POLICY_KEY = '-20100'
export const BUILTIN_SSH_CHANNEL_POLICY_KEY = '-10100'

/** Built-in objects are the ones SPS ships with; their keys are negative numbers. */
export function isBuiltinKey(key: string): boolean {
  return /^-\d+$/.test(key)
}

const ALL_DAY: readonly TimeInterval[] = [['0:00', '23:59']]
const OFFICE_HOURS: readonly TimeInterval[] = [['7:00', '19:00']]

function timePolicy(key: string, name: string, days: (day: Weekday) => readonly TimeInterval[]): SpsTimePolicy {
  const policy: Record<string, unknown> = { key, name }
  for (const day of WEEKDAYS) policy[day] = days(day)
  return policy as SpsTimePolicy
}

function rule(channel: string, timePolicyKey: string, overrides: Partial<SpsChannelRule['allowed_for']> = {}): SpsChannelRule {
  return {
    actions: { audit: true, content_policy: null, four_eyes: false, ids: false },
    allowed_for: { clients: [], gateway_groups: [], remote_groups: [], servers: [], time_policy: timePolicyKey, ...overrides },
    channel,
  }
}

function keyOf(options: SimDataOptions, collection: string, index: number): string {
  return spsConfigurationKey(options.seed.rng(collection, 'key', index))
}

/** A collection of a few fixed records whose keys come from the seed (built-ins keep theirs). */
function fixedRecords<T extends { readonly key: string }>(build: () => readonly T[]): BaseRecords<T> {
  let records: readonly T[] | null = null
  const all = (): readonly T[] => (records ??= build())
  return {
    get size() {
      return all().length
    },
    idAt: (index) => (all()[index] as T).key,
    recordAt: (index) => structuredClone(all()[index] as T),
  }
}

export function officeHoursTimePolicyKey(options: SimDataOptions): string {
  return keyOf(options, 'sps.time-policy', 1)
}

export function spsTimePolicies(options: SimDataOptions): BaseRecords<SpsTimePolicy> {
  return fixedRecords(() => [
    timePolicy(BUILTIN_TIME_POLICY_KEY, '7x24', () => ALL_DAY),
    timePolicy(officeHoursTimePolicyKey(options), 'office-hours', (day) => (day === 'Sat' || day === 'Sun' ? [] : OFFICE_HOURS)),
    timePolicy(keyOf(options, 'sps.time-policy', 2), 'weekend-maintenance', (day) => (day === 'Sat' ? [['22:00', '23:59']] : day === 'Sun' ? [['0:00', '4:00']] : [])),
  ])
}

export function spsRdpChannelPolicies(options: SimDataOptions): BaseRecords<SpsChannelPolicy> {
  const officeHours = officeHoursTimePolicyKey(options)
  return fixedRecords(() => [
    { key: BUILTIN_RDP_CHANNEL_POLICY_KEY, name: 'all', rules: ['#drawing', '#cliprdr', '#rdpdr', '#rdpsnd'].map((channel) => rule(channel, BUILTIN_TIME_POLICY_KEY)) },
    { key: keyOf(options, 'sps.rdp-channel-policy', 1), name: 'drawing-only', rules: [rule('#drawing', BUILTIN_TIME_POLICY_KEY)] },
    {
      key: keyOf(options, 'sps.rdp-channel-policy', 2),
      name: 'helpdesk-office-hours',
      rules: [rule('#drawing', officeHours, { gateway_groups: ['helpdesk'] }), rule('#cliprdr', officeHours, { gateway_groups: ['helpdesk'] })],
    },
  ])
}

export function spsSshChannelPolicies(options: SimDataOptions): BaseRecords<SpsChannelPolicy> {
  const officeHours = officeHoursTimePolicyKey(options)
  return fixedRecords(() => [
    {
      key: BUILTIN_SSH_CHANNEL_POLICY_KEY,
      name: 'all',
      rules: ['session-shell', 'session-exec', 'session-subsystem', 'local-forward', 'remote-forward', 'x11', 'agent'].map((channel) =>
        rule(channel, BUILTIN_TIME_POLICY_KEY),
      ),
    },
    { key: keyOf(options, 'sps.ssh-channel-policy', 1), name: 'shell-only', rules: [rule('session-shell', BUILTIN_TIME_POLICY_KEY)] },
    {
      key: keyOf(options, 'sps.ssh-channel-policy', 2),
      name: 'terminal-only',
      rules: [rule('session-shell', officeHours), rule('session-exec', officeHours, { servers: ['10.10.0.0/16'] })],
    },
  ])
}
