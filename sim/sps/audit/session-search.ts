import type { OverlayStore } from '../../framework/overlay-store'
import type { SpsAuditSession } from '../data/sps-audit-sessions'
import { parseQueryDate } from './audit-times'
import { compileQuery, parseLuceneQuery, QuerySyntaxError, type QueryMatcher } from './lucene-query'
import { MAX_RESULTS, type Page } from './paging'
import { sessionBody, textsOf, valueAt } from './session-body'
import type { SessionSearchIndex } from './session-search-index'

// The basic search of `/api/audit/sessions` (SPS guide "Searching in the session database"):
// `start` (sessions that started after), `end` (sessions that ended before), `q` (Lucene filter
// on the session's fields, e.g. `protocol:ssh AND active:false`), `sort` (`field` or `-field`,
// newest first by default), `limit`/`offset` over at most 10,000 results; `match_count` counts
// every match.

export interface SessionSearchParams {
  readonly q?: string
  readonly start?: string
  readonly end?: string
  readonly sort?: string
}

export type SessionSearchOutcome =
  | { readonly ok: true; readonly sessions: SpsAuditSession[]; readonly matchCount: number }
  | { readonly ok: false; readonly message: string }

type Scalar = string | number | boolean | null

interface Criteria {
  readonly matcher: QueryMatcher | null
  readonly start: number | null
  readonly end: number | null
  readonly sortField: string
  readonly descending: boolean
}

function readCriteria(params: SessionSearchParams): Criteria | string {
  let matcher: QueryMatcher | null = null
  if (params.q !== undefined && params.q.trim() !== '') {
    try {
      matcher = compileQuery(parseLuceneQuery(params.q))
    } catch (error) {
      if (error instanceof QuerySyntaxError) return `Invalid search expression: ${error.message}.`
      throw error
    }
  }
  const start = params.start === undefined ? null : parseQueryDate(params.start)
  const end = params.end === undefined ? null : parseQueryDate(params.end)
  if ((params.start !== undefined && start === null) || (params.end !== undefined && end === null)) {
    return 'start and end must be ISO 8601 dates, for example 2017-01-25T10:00.'
  }
  const sortText = params.sort?.trim() || '-creation_time'
  return { matcher, start, end, sortField: sortText.replace(/^[-+]/, ''), descending: sortText.startsWith('-') }
}

function inWindow(criteria: Criteria, created: number, ended: number | null): boolean {
  if (criteria.start !== null && created < criteria.start) return false
  return criteria.end === null || (ended !== null && ended <= criteria.end)
}

function sortKey(value: unknown): string | number {
  if (typeof value === 'number') return value
  if (typeof value === 'boolean') return value ? 1 : 0
  return typeof value === 'string' ? value.toLowerCase() : ''
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value)
}

export function searchSessions(store: OverlayStore<SpsAuditSession>, index: SessionSearchIndex, params: SessionSearchParams, page: Page): SessionSearchOutcome {
  const criteria = readCriteria(params)
  if (typeof criteria === 'string') return { ok: false, message: criteria }
  const sample = store.at(0)
  if (!/^[a-z_][\w.]*$/i.test(criteria.sortField) || (sample && !isScalar(valueAt(sessionBody(sample), criteria.sortField)))) {
    return { ok: false, message: `Cannot sort by "${criteria.sortField}".` }
  }
  const pageEnd = Math.min(page.offset + page.limit, MAX_RESULTS)
  return index.usable && index.isIndexed(criteria.sortField) ? searchIndex(index, criteria, page.offset, pageEnd) : searchBuilt(store, criteria, page.offset, pageEnd)
}

/** Walks the index in sort order, testing each session, keeping the page's ones. */
function searchIndex(index: SessionSearchIndex, criteria: Criteria, from: number, to: number): SessionSearchOutcome {
  const order = index.sortedPositions(criteria.sortField)
  const cursor = index.cursor()
  const sessions: SpsAuditSession[] = []
  let matchCount = 0
  for (let k = 0; k < order.length; k++) {
    const position = order[criteria.descending ? order.length - 1 - k : k] as number
    if (!inWindow(criteria, index.value(position, 'creation_time') as number, index.value(position, 'end_time') as number | null)) continue
    if (criteria.matcher && !criteria.matcher(cursor.at(position))) continue
    if (matchCount >= from && matchCount < to) sessions.push(index.session(position))
    matchCount++
  }
  return { ok: true, sessions, matchCount }
}

/** Builds every session (sessions changed through the overlay, or sorting by a field outside the index). */
function searchBuilt(store: OverlayStore<SpsAuditSession>, criteria: Criteria, from: number, to: number): SessionSearchOutcome {
  const hits: { session: SpsAuditSession; key: string | number; order: number }[] = []
  let order = 0
  for (const session of store.values()) {
    const body = sessionBody(session)
    if (!inWindow(criteria, session.creation_time, session.end_time)) continue
    const document = { field: (name: string) => fieldValues(valueAt(body, name)), texts: () => textsOf(body) }
    if (criteria.matcher && !criteria.matcher(document)) continue
    const raw = criteria.sortField === 'creation_time' ? session.creation_time : valueAt(body, criteria.sortField)
    hits.push({ session, key: sortKey(raw), order: order++ })
  }
  const direction = criteria.descending ? -1 : 1
  hits.sort((a, b) => {
    const byKey = typeof a.key === 'number' && typeof b.key === 'number' ? a.key - b.key : String(a.key) < String(b.key) ? -1 : String(a.key) > String(b.key) ? 1 : 0
    return direction * (byKey || a.order - b.order)
  })
  return { ok: true, sessions: hits.slice(from, to).map((hit) => hit.session), matchCount: hits.length }
}

function fieldValues(value: unknown): Scalar[] | undefined {
  if (value === undefined) return undefined
  return (Array.isArray(value) ? value : [value]).filter(isScalar)
}
