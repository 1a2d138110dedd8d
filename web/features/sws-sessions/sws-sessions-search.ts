import type { SwsSessionFilterQuery, SwsSessionListRequest } from '@contract/sws-sessions'
import {
  SWS_SESSION_DEFAULT_PAGE_SIZE,
  SWS_SESSION_DEFAULT_SORT,
  SWS_SESSION_PAGE_SIZES,
  SWS_SESSION_SORT_IDS,
  SWS_SESSION_SORTS,
  type SwsSessionPageSize,
  type SwsSessionSort,
} from '@contract/sws-sessions-search'
import { TIME_WINDOW_RANGES, timeWindowProblem, type TimeWindowRange, type TimeWindowSearch } from '@contract/time-window-search'
import type { DataTableState } from '@/components/data-table/data-table-state'
import { columnListParam, parseColumnList, searchDateTime, searchOneOf, searchPage, searchText } from '@/components/data-table/table-search-params'

/** The sessions screen's URL: time window, filters, sort, page, size and hidden columns — a view to bookmark and share. */
export interface SwsSessionsSearch {
  range?: TimeWindowRange
  from?: string
  to?: string
  application?: string
  user?: string
  flagged?: 'true' | 'false'
  q?: string
  /** Absent for the default, start time. */
  sort?: SwsSessionSort
  page?: number
  pageSize?: SwsSessionPageSize
  hide?: string
}

/** The auditor's usual question is "what happened lately". */
export const SWS_SESSIONS_DEFAULT_RANGE = '24h' as const

export const SWS_SESSION_FILTER_KEYS = ['range', 'from', 'to', 'application', 'user', 'flagged', 'q'] as const
export const SWS_SESSION_COLUMN_IDS = ['start', 'end', 'duration', 'application', 'user', 'steps', 'flag'] as const
export const SWS_SESSION_DEFAULT_HIDDEN: readonly string[] = []

/** validateSearch: keeps what is valid and drops the rest, so a hand-edited or stale link still opens. */
export function validateSwsSessionsSearch(raw: Record<string, unknown>): SwsSessionsSearch {
  const sort = searchOneOf(raw.sort, SWS_SESSION_SORT_IDS)
  const search: SwsSessionsSearch = {
    range: searchOneOf(raw.range, TIME_WINDOW_RANGES),
    from: searchDateTime(raw.from),
    to: searchDateTime(raw.to),
    application: searchText(raw.application, 128),
    user: searchText(raw.user, 256),
    flagged: searchOneOf(raw.flagged, ['true', 'false'] as const),
    q: searchText(raw.q, 200),
    sort: sort === SWS_SESSION_DEFAULT_SORT ? undefined : sort,
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, SWS_SESSION_PAGE_SIZES),
    hide: typeof raw.hide === 'string' ? columnListParam(parseColumnList(raw.hide, SWS_SESSION_COLUMN_IDS) ?? []) : undefined,
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as SwsSessionsSearch
}

export function swsSessionTimeWindow(search: SwsSessionsSearch): TimeWindowSearch {
  return { range: search.range, from: search.from, to: search.to }
}

/** The filters as the list and the export take them; defaults left out so equal views share a cache entry. */
export function swsSessionFilters(search: SwsSessionsSearch): SwsSessionFilterQuery {
  const filters: SwsSessionFilterQuery = {}
  for (const key of SWS_SESSION_FILTER_KEYS) {
    const value = search[key]
    if (value !== undefined) Object.assign(filters, { [key]: value })
  }
  // Presets are resolved by the server at request time; "custom" is implied by from/to.
  if (filters.range === undefined && !filters.from && !filters.to) filters.range = SWS_SESSIONS_DEFAULT_RANGE
  if (search.sort) filters.sort = search.sort
  return filters
}

export function swsSessionListRequest(search: SwsSessionsSearch): SwsSessionListRequest {
  return {
    ...swsSessionFilters(search),
    ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
    ...(search.pageSize && search.pageSize !== SWS_SESSION_DEFAULT_PAGE_SIZE ? { pageSize: `${search.pageSize}` } : {}),
  }
}

/** Why the list cannot be asked for (a backwards custom range), or null. */
export function swsSessionsProblem(search: SwsSessionsSearch): string | null {
  return timeWindowProblem(swsSessionTimeWindow(search))
}

export function hasSessionFilters(search: SwsSessionsSearch): boolean {
  return search.application !== undefined || search.user !== undefined || search.flagged !== undefined || search.q !== undefined
}

export function swsSessionsTableState(search: SwsSessionsSearch): DataTableState {
  const sort = search.sort ?? SWS_SESSION_DEFAULT_SORT
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? SWS_SESSION_DEFAULT_PAGE_SIZE,
    sort: { id: sort, desc: SWS_SESSION_SORTS[sort].desc },
    hiddenColumns: search.hide === undefined ? SWS_SESSION_DEFAULT_HIDDEN : (parseColumnList(search.hide, SWS_SESSION_COLUMN_IDS) ?? []),
  }
}

/**
 * The URL change for a table change. The vendor sorts each field one way only (no direction
 * parameter), so a click on a header picks that field in its one direction.
 */
export function swsSessionsSearchForTable(change: Partial<DataTableState>): Partial<SwsSessionsSearch> {
  const next: Partial<SwsSessionsSearch> = {}
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) next.pageSize = change.pageSize === SWS_SESSION_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, SWS_SESSION_PAGE_SIZES)
  if (change.sort !== undefined) {
    const sort = change.sort ? searchOneOf(change.sort.id, SWS_SESSION_SORT_IDS) : undefined
    next.sort = sort === SWS_SESSION_DEFAULT_SORT ? undefined : sort
  }
  if (change.hiddenColumns !== undefined) next.hide = change.hiddenColumns.length === 0 ? undefined : columnListParam(change.hiddenColumns)
  return next
}
