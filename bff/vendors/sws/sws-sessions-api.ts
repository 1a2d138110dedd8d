import { SWS_SESSION_SORTS, type SwsSessionFilter, type SwsSessionSummary } from '../../../contract/sws-sessions'
import { validationFailed } from '../../http/api-error'
import type { QueryValue } from '../http/vendor-request'
import type { SwsClient } from './sws-client'
import { toSwsSessionSummary, wireMs } from './sws-sessions-wire'
import { withStepsApi, type SwsStepsApi } from './sws-steps-api'
import { pageByTimeWindow, SWS_RESULT_WINDOW, type TimeWindowPage, type TimeWindowQuery } from './sws-time-window-pager'
import { walkByTimeWindow } from './sws-time-window-walk'
import { wireCount, wireList, wireText, type WireRecord } from './sws-wire-values'

// Operations 12 and 14 of seed 000: the sessions list, and the older recordings list that the
// vendor keeps "for backwards compatibility". A tenant whose gateway predates GetSessions answers
// /sessions with 404; the list then comes from /recordings (same parameters, `recordings` key),
// and the tenant is remembered as such for a while (shared with the session player).

export interface SwsSessionSearch {
  filter: Omit<SwsSessionFilter, 'range' | 'from' | 'to'>
  /** Epoch ms, inclusive. */
  fromTime: number
  toTime: number
}

interface WirePage extends TimeWindowPage<WireRecord> {
  lastUpdate: string | null
}

/** The vendor's query for a search and one page of it. */
export function sessionListParams(search: SwsSessionSearch, page: TimeWindowQuery): Record<string, QueryValue> {
  const { filter } = search
  return {
    ...(filter.q ? { freeSearch: filter.q } : {}),
    fromTime: page.fromTime,
    toTime: page.toTime,
    ...(filter.application ? { applicationIds: [filter.application] } : {}),
    ...(filter.user ? { userNames: [filter.user] } : {}),
    ...(filter.flagged ? { isFlagged: filter.flagged } : {}),
    sortFieldId: SWS_SESSION_SORTS[filter.sort].field,
    offset: page.offset,
    limit: page.limit,
  }
}

async function fetchWirePage(sws: SwsClient, api: SwsStepsApi, params: Record<string, QueryValue>, requestId?: string): Promise<WirePage> {
  const body = await sws.get(api === 'sessions' ? '/sws/sessions' : '/sws/recordings', params, requestId)
  const items = wireList(body, api, api === 'sessions' ? 'session' : 'recording')
  const record = body as { totalCount?: unknown; lastUpdate?: unknown }
  const lastUpdate = wireMs(record.lastUpdate)
  return { items, totalCount: wireCount(record.totalCount) ?? 0, lastUpdate: lastUpdate === null ? null : new Date(lastUpdate).toISOString() }
}

/** One page of the search, from whichever API the tenant has. */
async function fetchSearchPage(sws: SwsClient, search: SwsSessionSearch, page: TimeWindowQuery, requestId?: string) {
  let source: SwsStepsApi = 'sessions'
  const wire = await withStepsApi(sws, (api) => {
    source = api
    return fetchWirePage(sws, api, sessionListParams(search, page), requestId)
  })
  return { ...wire, source }
}

const startOf = (item: WireRecord) => wireMs(item.startDatetime) ?? 0

export interface SwsSessionListResult {
  items: SwsSessionSummary[]
  total: number
  source: SwsStepsApi
  lastUpdate: string | null
}

/**
 * A page of the list at any offset. In start-time order (the default) pages past the gateway's
 * 10,000-result window are reached by moving the time window; other orders cannot be split by
 * time, so they stop at the window with a clear message.
 */
export async function listSwsSessions(sws: SwsClient, search: SwsSessionSearch, offset: number, limit: number, requestId?: string): Promise<SwsSessionListResult> {
  let source: SwsStepsApi = 'sessions'
  let lastUpdate: string | null = null
  const fetchPage = async (page: TimeWindowQuery) => {
    const result = await fetchSearchPage(sws, search, page, requestId)
    source = result.source
    lastUpdate = result.lastUpdate ?? lastUpdate
    return result
  }
  let page: TimeWindowPage<WireRecord>
  if (search.filter.sort === 'start') {
    page = await pageByTimeWindow(offset, limit, { fetchPage, timeOf: startOf, order: 'descending', fromTime: search.fromTime, toTime: search.toTime })
  } else {
    if (offset + limit > SWS_RESULT_WINDOW) {
      throw validationFailed([
        {
          path: 'page',
          message: `Sorted by ${SWS_SESSION_SORTS[search.filter.sort].label.toLowerCase()}, the SWS API lists only the first ${SWS_RESULT_WINDOW.toLocaleString('en')} sessions. Sort by start time or narrow the filters to see the rest.`,
        },
      ])
    }
    page = await fetchPage({ fromTime: search.fromTime, toTime: search.toTime, offset, limit })
  }
  return { items: page.items.map(toSwsSessionSummary), total: page.totalCount, source, lastUpdate }
}

/** Every matching session, newest first, in batches (for the CSV export; any sort is exported by start time). */
export async function* swsSessionsInBatches(sws: SwsClient, search: SwsSessionSearch, batch: number, requestId?: string): AsyncGenerator<SwsSessionSummary[], void, undefined> {
  const byStart: SwsSessionSearch = { ...search, filter: { ...search.filter, sort: 'start' } }
  const walk = walkByTimeWindow<WireRecord>({
    fetchPage: (page) => fetchSearchPage(sws, byStart, page, requestId),
    timeOf: startOf,
    idOf: (item) => wireText(item.id) ?? '',
    order: 'descending',
    fromTime: search.fromTime,
    toTime: search.toTime,
    batch,
  })
  for await (const items of walk) yield items.map(toSwsSessionSummary)
}

/** The applications to filter by: an SWS session's application is its policy (`{id: policyId, name}`). */
export async function listSwsApplications(sws: SwsClient, q: string | undefined, limit: number, requestId?: string) {
  const body = await sws.get('/sws/policies/', { ...(q ? { searchString: q } : {}), offset: 0, limit }, requestId)
  const items = wireList(body, 'policies', 'policy')
    .map((policy) => ({ id: wireText(policy.policyId) ?? wireText(policy.id) ?? '', name: wireText(policy.name) ?? '' }))
    .filter((policy) => policy.id !== '')
  return { items, total: wireCount((body as { totalCount?: unknown }).totalCount) }
}
