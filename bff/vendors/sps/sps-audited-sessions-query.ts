import {
  SPS_AUDITED_DEFAULT_RANGE,
  type SpsAuditedSessionFilter,
  type SpsAuditedSort,
} from '../../../contract/sps-audited-sessions'
import { resolveTimeWindow, type ResolvedTimeWindow } from '../../../contract/time-window'

// The console's filters as SPS's basic session search (`/api/audit/sessions`): `start` (started
// at or after), `end` (ended at or before — so a window with an explicit end leaves out sessions
// still running), `q` (a Lucene expression over the session's fields) and `sort`.

/** A value that can go into Lucene as a bare term (wildcards `*` and `?` kept); anything else is quoted. */
const BARE_TERM = /^[\w.@*?][\w.@*?-]*$/

export function luceneTerm(field: string, value: string): string {
  // The contract refuses quotes and backslashes, so a phrase never needs escaping.
  return BARE_TERM.test(value) ? `${field}:${value}` : `${field}:"${value}"`
}

const either = (fields: readonly string[], value: string) => `(${fields.map((field) => luceneTerm(field, value)).join(' OR ')})`

/** The `q` expression for the filters, or undefined when nothing narrows the search. */
export function sessionSearchExpression(filter: SpsAuditedSessionFilter): string | undefined {
  const parts: string[] = []
  if (filter.protocol) parts.push(luceneTerm('protocol', filter.protocol))
  if (filter.verdict) parts.push(luceneTerm('recording.verdict', filter.verdict))
  if (filter.user) parts.push(either(['recording.user.gateway_username', 'recording.user.server_username'], filter.user))
  if (filter.client) parts.push(either(['client.ip', 'client.name'], filter.client))
  if (filter.server) parts.push(either(['recording.target.ip', 'recording.target.name'], filter.server))
  if (filter.q) parts.push(`(${filter.q})`)
  return parts.length ? parts.join(' AND ') : undefined
}

const SORT_FIELDS: Record<SpsAuditedSort, string> = {
  '-started': '-creation_time',
  started: 'creation_time',
  '-duration': '-duration',
  duration: 'duration',
}

export interface SessionSearchParams {
  window: ResolvedTimeWindow
  query: { q?: string; start: string; end?: string; sort: string }
}

/** The SPS search parameters (without paging) for a filter at `now`. */
export function sessionSearchParams(filter: SpsAuditedSessionFilter, sort: SpsAuditedSort, now: Date): SessionSearchParams {
  const window = resolveTimeWindow(filter, now, SPS_AUDITED_DEFAULT_RANGE)
  const q = sessionSearchExpression(filter)
  // A preset ends "now": nothing has ended after it, and leaving `end` out keeps running sessions.
  const explicitEnd = filter.to !== undefined && (filter.range === undefined || filter.range === 'custom')
  return {
    window,
    query: {
      ...(q ? { q } : {}),
      start: window.from.toISOString(),
      ...(explicitEnd ? { end: window.to.toISOString() } : {}),
      sort: SORT_FIELDS[sort],
    },
  }
}
