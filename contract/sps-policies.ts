import { z } from 'zod/mini'

/** SPS policies as the console shows them: read-only (time policies, RDP and SSH channel policies). */

export const SPS_WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const
export type SpsWeekday = (typeof SPS_WEEKDAYS)[number]

export const SPS_CHANNEL_PROTOCOLS = ['rdp', 'ssh'] as const
export type SpsChannelProtocol = (typeof SPS_CHANNEL_PROTOCOLS)[number]

export const SPS_CHANNEL_PROTOCOL_LABELS: Record<SpsChannelProtocol, string> = { rdp: 'RDP', ssh: 'SSH' }

/** One allowed interval of a day, "H:MM" as SPS writes it. */
export interface SpsTimeInterval {
  start: string
  end: string
}

export interface SpsTimePolicy {
  key: string
  name: string
  /** Shipped with SPS (a negative key): cannot be changed or deleted there. */
  builtIn: boolean
  days: Record<SpsWeekday, SpsTimeInterval[]>
}

/** A reference to another SPS object, with its name when the console could read it. */
export interface SpsObjectRef {
  key: string
  name: string | null
}

export interface SpsChannelRule {
  channel: string
  audit: boolean
  fourEyes: boolean
  ids: boolean
  contentPolicy: SpsObjectRef | null
  clients: string[]
  servers: string[]
  gatewayGroups: string[]
  remoteGroups: string[]
  timePolicy: SpsObjectRef | null
}

export interface SpsChannelPolicy {
  key: string
  protocol: SpsChannelProtocol
  name: string
  builtIn: boolean
  rules: SpsChannelRule[]
}

/** Small lists, read whole: `total` is every policy, one page. */
export interface SpsTimePolicyList {
  items: SpsTimePolicy[]
  total: number
  page: 1
  pageSize: number
}

export interface SpsChannelPolicyList {
  items: SpsChannelPolicy[]
  total: number
  page: 1
  pageSize: number
}

const KEY_MESSAGE = 'Use an SPS object key (letters, digits, - and _ only)'

/** SPS keys: opaque hex-ish ids, negative numbers for built-ins, or names. */
export const spsKeySchema = z.string().check(z.regex(/^[\w.-]{1,128}$/, KEY_MESSAGE))

export const spsTimePolicyParamsSchema = z.object({ key: spsKeySchema })

export const spsChannelPolicyListParamsSchema = z.object({
  protocol: z.enum(SPS_CHANNEL_PROTOCOLS, 'Use rdp or ssh'),
})

export const spsChannelPolicyParamsSchema = z.object({
  protocol: z.enum(SPS_CHANNEL_PROTOCOLS, 'Use rdp or ssh'),
  key: spsKeySchema,
})

/** Built-in SPS objects have negative numeric keys (`-100` is 7x24, `-20100` the RDP `all` policy). */
export function isSpsBuiltInKey(key: string): boolean {
  return /^-\d+$/.test(key)
}
