import type { SwsPolicyListRequest, SwsPolicyMemberRequest } from '@contract/sws-policies'
import {
  SWS_MEMBER_LAYER_FILTERS,
  SWS_MEMBER_TYPES,
  SWS_POLICY_DEFAULT_PAGE_SIZE,
  SWS_POLICY_PAGE_SIZES,
  SWS_RESULT_WINDOW,
  type SwsMemberLayerFilter,
  type SwsMemberType,
  type SwsPolicyPageSize,
} from '@contract/sws-policies-search'
import type { DataTableState } from '@/components/data-table/data-table-state'
import { columnListParam, parseColumnList, searchOneOf, searchPage, searchText } from '@/components/data-table/table-search-params'

/** The policy list's URL: search, page and size, so a view can be bookmarked and shared. */
export interface SwsPolicyListSearch {
  q?: string
  page?: number
  pageSize?: SwsPolicyPageSize
  /** Comma-separated ids of hidden columns. */
  hide?: string
}

/** The policy detail's URL: the members table's search, filters and paging. */
export interface SwsPolicyMemberSearch {
  q?: string
  type?: SwsMemberType
  layer?: SwsMemberLayerFilter
  page?: number
  pageSize?: SwsPolicyPageSize
  hide?: string
}

const defined = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T

/** Keeps a page inside the vendor's 10,000-result window. */
function windowPage(page: number | undefined, pageSize: number): number | undefined {
  if (page === undefined) return undefined
  return Math.min(page, Math.floor(SWS_RESULT_WINDOW / pageSize))
}

/** validateSearch for the list route: keeps what is valid and drops the rest, so a stale link still opens. */
export const SWS_POLICY_COLUMN_IDS = ['name', 'description', 'appKey', 'active', 'actions'] as const
export const SWS_POLICY_MEMBER_COLUMN_IDS = ['name', 'type', 'securityLayers', 'actions'] as const

const hideParam = (value: unknown, known: readonly string[]) => {
  const ids = parseColumnList(value, known)
  return ids && ids.length > 0 ? columnListParam(ids) : undefined
}

export function validateSwsPolicyListSearch(raw: Record<string, unknown>): SwsPolicyListSearch {
  const pageSize = searchOneOf(raw.pageSize, SWS_POLICY_PAGE_SIZES)
  return defined({
    q: searchText(raw.q, 200),
    page: windowPage(searchPage(raw.page), pageSize ?? SWS_POLICY_DEFAULT_PAGE_SIZE),
    pageSize,
    hide: hideParam(raw.hide, SWS_POLICY_COLUMN_IDS),
  })
}

export function validateSwsPolicyMemberSearch(raw: Record<string, unknown>): SwsPolicyMemberSearch {
  const pageSize = searchOneOf(raw.pageSize, SWS_POLICY_PAGE_SIZES)
  return defined({
    q: searchText(raw.q, 200),
    type: searchOneOf(raw.type, SWS_MEMBER_TYPES),
    layer: searchOneOf(raw.layer, SWS_MEMBER_LAYER_FILTERS),
    page: windowPage(searchPage(raw.page), pageSize ?? SWS_POLICY_DEFAULT_PAGE_SIZE),
    pageSize,
    hide: hideParam(raw.hide, SWS_POLICY_MEMBER_COLUMN_IDS),
  })
}

const pagingRequest = (search: { page?: number; pageSize?: SwsPolicyPageSize }) => ({
  ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
  ...(search.pageSize && search.pageSize !== SWS_POLICY_DEFAULT_PAGE_SIZE ? { pageSize: `${search.pageSize}` as const } : {}),
})

/** The list request for a URL; defaults left out so equal views share a cache entry. */
export function swsPolicyListRequest(search: SwsPolicyListSearch): SwsPolicyListRequest {
  return { ...(search.q ? { q: search.q } : {}), ...pagingRequest(search) }
}

export function swsPolicyMemberRequest(search: SwsPolicyMemberSearch): SwsPolicyMemberRequest {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.type ? { type: search.type } : {}),
    ...(search.layer ? { layer: search.layer } : {}),
    ...pagingRequest(search),
  }
}

type TableSearch = { page?: number; pageSize?: SwsPolicyPageSize; hide?: string }

export function swsPolicyTableState(search: TableSearch): DataTableState {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? SWS_POLICY_DEFAULT_PAGE_SIZE,
    sort: null,
    hiddenColumns: search.hide ? search.hide.split(',') : [],
  }
}

/** The URL change for a table change (the vendor sorts nothing). */
export function swsPolicySearchForTable(change: Partial<DataTableState>): TableSearch {
  const next: TableSearch = {}
  if (change.hiddenColumns !== undefined) next.hide = change.hiddenColumns.length > 0 ? columnListParam(change.hiddenColumns) : undefined
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) {
    next.pageSize = change.pageSize === SWS_POLICY_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, SWS_POLICY_PAGE_SIZES)
  }
  return next
}
