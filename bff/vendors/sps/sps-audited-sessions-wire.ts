import type {
  SpsAuditedSessionDetail,
  SpsAuditedSessionSummary,
  SpsEndpoint,
  SpsSessionChannel,
  SpsSessionEvent,
  SpsTrailDownloadOnAppliance,
} from '../../../contract/sps-audited-sessions'
import { vendorFailure } from '../http/vendor-errors'

// Translation of `/api/audit/sessions` answers (sps.md §9, the 6.0.12 guide sample) into the
// console's shapes. Times: `creation_time` ISO with Z, `end_time` ISO with offset, channel times
// epoch seconds, event times zone-less local times (kept as SPS writes them).

type Json = Record<string, unknown>

const asObject = (value: unknown): Json | null => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : null)
const text = (value: unknown): string | null => (typeof value === 'string' ? value : typeof value === 'number' ? String(value) : null)
const bool = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null)
const int = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? Math.round(value) : null)

/** The fields the list asks SPS for (`?fields=`), so one search answers every column. */
export const SESSION_LIST_FIELDS = [
  'protocol',
  'active',
  'creation_time',
  'end_time',
  'duration',
  'client.ip',
  'client.name',
  'client.port',
  'recording.target.ip',
  'recording.target.name',
  'recording.target.port',
  'recording.user.gateway_username',
  'recording.user.server_username',
  'recording.verdict',
  'recording.connection_policy',
  'recording.channel_policy',
] as const

/** An ISO 8601 time with a zone, normalised to UTC; null when absent or not a time. */
export function isoTime(value: unknown): string | null {
  const raw = text(value)
  if (!raw || !/(Z|[+-]\d\d:?\d\d)$/.test(raw)) return null
  const ms = Date.parse(raw)
  return Number.isNaN(ms) ? null : new Date(ms).toISOString()
}

/** Epoch seconds (channel times) as ISO 8601. */
export function epochSecondsToIso(value: unknown): string | null {
  const seconds = typeof value === 'number' ? value : Number.NaN
  return Number.isFinite(seconds) && seconds > 0 ? new Date(seconds * 1000).toISOString() : null
}

function endpoint(value: unknown): SpsEndpoint {
  const record = asObject(value)
  return { ip: text(record?.ip), name: text(record?.name), port: int(record?.port) }
}

function summaryOf(id: string, body: Json): SpsAuditedSessionSummary {
  const recording = asObject(body.recording) ?? {}
  const user = asObject(recording.user) ?? {}
  return {
    id,
    protocol: text(body.protocol),
    active: body.active === true,
    startedAt: isoTime(body.creation_time),
    endedAt: isoTime(body.end_time),
    durationSeconds: int(body.duration),
    gatewayUsername: text(user.gateway_username),
    serverUsername: text(user.server_username),
    client: endpoint(body.client),
    server: endpoint(recording.target),
    verdict: text(recording.verdict),
    connectionPolicy: text(recording.connection_policy),
    channelPolicy: text(recording.channel_policy),
  }
}

export interface SessionSearchAnswer {
  /** Items with a body (asked with `fields`), or only keys when SPS left the body out. */
  items: { id: string; body: Json | null }[]
  matchCount: number
  hasNext: boolean
}

/** `GET /api/audit/sessions` → its items and `meta.match_count`. */
export function parseSessionSearch(value: unknown): SessionSearchAnswer {
  const record = asObject(value)
  const meta = asObject(record?.meta)
  if (!record || !Array.isArray(record.items) || !meta) throw vendorFailure('sps', 'answered the session search in an unexpected format.')
  const items = record.items.flatMap((item) => {
    const entry = asObject(item)
    const id = text(entry?.key)
    return id ? [{ id, body: asObject(entry?.body) }] : []
  })
  const matchCount = int(meta.match_count) ?? items.length
  return { items, matchCount, hasNext: typeof meta.next === 'string' }
}

export function toSessionSummary(id: string, body: Json): SpsAuditedSessionSummary {
  return summaryOf(id, body)
}

/** `GET /api/audit/sessions/<id>` → the console's detail. */
export function toSessionDetail(value: unknown): SpsAuditedSessionDetail {
  const record = asObject(value)
  const id = text(record?.key)
  const body = asObject(record?.body)
  if (!record || !id || !body) throw vendorFailure('sps', 'answered the audited session in an unexpected format.')
  const recording = asObject(body.recording) ?? {}
  const trail = asObject(recording.audit_trail)
  return {
    ...summaryOf(id, body),
    sessionId: text(recording.session_id),
    origin: text(body.origin),
    nodeId: text(body.node_id),
    authMethod: text(recording.auth_method),
    indexStatus: text(recording.index_status),
    archived: bool(recording.archived),
    hasAcceptedChannel: bool(recording.has_accepted_channel),
    commandExtracted: bool(recording.command_extracted),
    applianceAddress: endpoint(recording.server_local),
    trailAvailable: typeof asObject(trail?.download)?.href === 'string',
  }
}

/** A paged sub-resource listing: its items and whether SPS links a next page. */
export function parseListing(value: unknown, what: string): { items: unknown[]; hasNext: boolean } {
  const record = asObject(value)
  if (!record || !Array.isArray(record.items)) throw vendorFailure('sps', `answered the session's ${what} in an unexpected format.`)
  return { items: record.items, hasNext: typeof asObject(record.meta)?.next === 'string' }
}

const CHANNEL_FIELDS = new Set(['type', 'verdict', 'start_time', 'end_time', 'duration'])

export function toChannel(value: unknown): SpsSessionChannel | null {
  const record = asObject(value)
  const body = asObject(record?.body) ?? record
  if (!body) return null
  const details = Object.fromEntries(
    Object.entries(body).flatMap(([name, field]) => (CHANNEL_FIELDS.has(name) ? [] : text(field) === null ? [] : [[name, text(field) as string]])),
  )
  return {
    id: text(record?.key) ?? '',
    type: text(body.type),
    verdict: text(body.verdict),
    startedAt: epochSecondsToIso(body.start_time),
    endedAt: epochSecondsToIso(body.end_time),
    durationSeconds: int(body.duration),
    details,
  }
}

export function toEvent(value: unknown): SpsSessionEvent | null {
  const record = asObject(value)
  if (!record) return null
  return {
    recordId: int(record.record_id),
    time: text(record.time),
    type: text(record.type),
    action: text(record.action),
    content: text(record.content),
    channelId: text(record.channels_id) ?? text(record.channel_id),
  }
}

export function toTrailDownload(value: unknown): SpsTrailDownloadOnAppliance | null {
  const record = asObject(value)
  if (!record) return null
  return { at: isoTime(record.time), username: text(record.username), ipAddress: text(record.ip_address), fromApi: bool(record.from_api) }
}
