import type { SpsAuditedSessionFilterQuery, SpsAuditedSessionListRequest } from '@contract/sps-audited-sessions'
import {
  SPS_AUDITED_DEFAULT_PAGE_SIZE,
  SPS_AUDITED_PAGE_SIZES,
  SPS_SESSION_PROTOCOLS,
  SPS_SESSION_VERDICTS,
  type SpsAuditedPageSize,
  type SpsAuditedSort,
  type SpsSessionProtocol,
  type SpsSessionVerdict,
} from '@contract/sps-audited-sessions-search'
import { TIME_WINDOW_RANGES, timeWindowProblem, type TimeWindowRange } from '@contract/time-window-search'
import type { DataTableState } from '@/components/data-table/data-table-state'
import {
  columnListParam,
  parseColumnList,
  parseSortParam,
  searchDateTime,
  searchOneOf,
  searchPage,
  searchText,
} from '@/components/data-table/table-search-params'

/** The audited sessions screen's URL: window, filters, page, size, sort and hidden columns. */
export interface SpsAuditedSessionsSearch {
  range?: TimeWindowRange
  from?: string
  to?: string
  protocol?: SpsSessionProtocol
  verdict?: SpsSessionVerdict
  user?: string
  client?: string
  server?: string
  q?: string
  page?: number
  pageSize?: SpsAuditedPageSize
  /** Absent for the default, newest first. */
  sort?: Exclude<SpsAuditedSort, '-started'>
  hide?: string
}

export type SpsAuditedSessionsFilterKey = 'range' | 'from' | 'to' | 'protocol' | 'verdict' | 'user' | 'client' | 'server' | 'q'
export const SPS_AUDITED_FILTER_KEYS: readonly SpsAuditedSessionsFilterKey[] = ['range', 'from', 'to', 'protocol', 'verdict', 'user', 'client', 'server', 'q']
/** Filters that narrow the search beyond the time window (for "Clear filters"). */
const NARROWING_KEYS = ['protocol', 'verdict', 'user', 'client', 'server', 'q'] as const

export const SPS_AUDITED_COLUMN_IDS = ['started', 'user', 'protocol', 'client', 'server', 'verdict', 'duration', 'connectionPolicy', 'channelPolicy', 'ended', 'id'] as const
export const SPS_AUDITED_DEFAULT_HIDDEN: readonly string[] = ['channelPolicy', 'ended', 'id']
const SORTABLE = ['started', 'duration']

/** Values SPS's search cannot take (quotes, backslashes) are dropped, as the BFF would refuse them. */
const filterText = (value: unknown) => {
  const text = searchText(value, 200)
  return text && !/["\\]/.test(text) ? text : undefined
}

/** validateSearch for the route: keeps what is valid and drops the rest, so a stale link still opens. */
export function validateSpsAuditedSessionsSearch(raw: Record<string, unknown>): SpsAuditedSessionsSearch {
  const sort = parseSortParam(raw.sort, SORTABLE)
  const sortValue = sort ? (`${sort.desc ? '-' : ''}${sort.id}` as SpsAuditedSort) : undefined
  const search: SpsAuditedSessionsSearch = {
    range: searchOneOf(raw.range, TIME_WINDOW_RANGES),
    from: searchDateTime(raw.from),
    to: searchDateTime(raw.to),
    protocol: searchOneOf(raw.protocol, SPS_SESSION_PROTOCOLS),
    verdict: searchOneOf(raw.verdict, SPS_SESSION_VERDICTS),
    user: filterText(raw.user),
    client: filterText(raw.client),
    server: filterText(raw.server),
    q: searchText(raw.q, 500),
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, SPS_AUDITED_PAGE_SIZES),
    sort: sortValue === '-started' ? undefined : sortValue,
    hide: typeof raw.hide === 'string' ? columnListParam(parseColumnList(raw.hide, SPS_AUDITED_COLUMN_IDS) ?? []) : undefined,
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as SpsAuditedSessionsSearch
}

export function spsAuditedFilters(search: SpsAuditedSessionsSearch): SpsAuditedSessionFilterQuery {
  const filters: SpsAuditedSessionFilterQuery = {}
  for (const key of SPS_AUDITED_FILTER_KEYS) {
    const value = search[key]
    if (value !== undefined) Object.assign(filters, { [key]: value })
  }
  return filters
}

export function hasNarrowingFilters(search: SpsAuditedSessionsSearch): boolean {
  return NARROWING_KEYS.some((key) => search[key] !== undefined)
}

export const NO_NARROWING_FILTERS: Partial<SpsAuditedSessionsSearch> = Object.fromEntries(NARROWING_KEYS.map((key) => [key, undefined]))

/** Why the window cannot be searched, or null; the list is then not requested. */
export const spsAuditedRangeProblem = (search: SpsAuditedSessionsSearch) => timeWindowProblem(search)

/** The list request for a URL: query-string values, defaults left out so equal views share a cache entry. */
export function spsAuditedListRequest(search: SpsAuditedSessionsSearch): SpsAuditedSessionListRequest {
  return {
    ...spsAuditedFilters(search),
    ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
    ...(search.pageSize && search.pageSize !== SPS_AUDITED_DEFAULT_PAGE_SIZE ? { pageSize: String(search.pageSize) } : {}),
    ...(search.sort ? { sort: search.sort } : {}),
  }
}

export function spsAuditedTableState(search: SpsAuditedSessionsSearch): DataTableState {
  const sort = parseSortParam(search.sort ?? '-started', SORTABLE)
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? SPS_AUDITED_DEFAULT_PAGE_SIZE,
    sort,
    hiddenColumns: search.hide === undefined ? SPS_AUDITED_DEFAULT_HIDDEN : (parseColumnList(search.hide, SPS_AUDITED_COLUMN_IDS) ?? []),
  }
}

/** The URL change for a table change; defaults are written as absent to keep links short. */
export function spsAuditedSearchForTable(change: Partial<DataTableState>): Partial<SpsAuditedSessionsSearch> {
  const next: Partial<SpsAuditedSessionsSearch> = {}
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) {
    next.pageSize = change.pageSize === SPS_AUDITED_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, SPS_AUDITED_PAGE_SIZES)
  }
  if (change.sort !== undefined) {
    const value = change.sort ? (`${change.sort.desc ? '-' : ''}${change.sort.id}` as SpsAuditedSort) : '-started'
    next.sort = value === '-started' ? undefined : value
  }
  if (change.hiddenColumns !== undefined) {
    const same = [...change.hiddenColumns].sort().join(',') === [...SPS_AUDITED_DEFAULT_HIDDEN].sort().join(',')
    next.hide = same ? undefined : columnListParam(change.hiddenColumns)
  }
  return next
}
