import type { SwsUserListRequest } from '@contract/sws-users'
import { SWS_USER_DEFAULT_PAGE_SIZE, SWS_USER_PAGE_SIZES, type SwsUserPageSize } from '@contract/sws-users-search'
import type { DataTableState } from '@/components/data-table/data-table-state'
import { columnListParam, parseColumnList, searchOneOf, searchPage, searchText } from '@/components/data-table/table-search-params'

/** The SWS users screen's URL: search, page, size and hidden columns. */
export interface SwsUsersSearch {
  q?: string
  page?: number
  pageSize?: SwsUserPageSize
  hide?: string
}

export const SWS_USER_COLUMN_IDS = ['fullName', 'username', 'role', 'status', 'lastLogin', 'invitedBy', 'phone', 'appVersion', 'actions'] as const
export const SWS_USER_DEFAULT_HIDDEN: readonly string[] = ['invitedBy', 'phone', 'appVersion']

/** validateSearch: keeps what is valid, drops the rest, so a stale link still opens. */
export function validateSwsUsersSearch(raw: Record<string, unknown>): SwsUsersSearch {
  const search: SwsUsersSearch = {
    q: searchText(raw.q, 200),
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, SWS_USER_PAGE_SIZES),
    hide: typeof raw.hide === 'string' ? columnListParam(parseColumnList(raw.hide, SWS_USER_COLUMN_IDS) ?? []) : undefined,
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as SwsUsersSearch
}

/** The list request: defaults left out, so equal views share a cache entry. */
export function swsUserListRequest(search: SwsUsersSearch): SwsUserListRequest {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
    ...(search.pageSize && search.pageSize !== SWS_USER_DEFAULT_PAGE_SIZE ? { pageSize: `${search.pageSize}` } : {}),
  }
}

export function swsUsersTableState(search: SwsUsersSearch): DataTableState {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? SWS_USER_DEFAULT_PAGE_SIZE,
    sort: null,
    hiddenColumns: search.hide === undefined ? SWS_USER_DEFAULT_HIDDEN : (parseColumnList(search.hide, SWS_USER_COLUMN_IDS) ?? []),
  }
}

export function swsUsersSearchForTable(change: Partial<DataTableState>): Partial<SwsUsersSearch> {
  const next: Partial<SwsUsersSearch> = {}
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) next.pageSize = change.pageSize === SWS_USER_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, SWS_USER_PAGE_SIZES)
  if (change.hiddenColumns !== undefined) {
    const same = [...change.hiddenColumns].sort().join(',') === [...SWS_USER_DEFAULT_HIDDEN].sort().join(',')
    next.hide = same ? undefined : columnListParam(change.hiddenColumns)
  }
  return next
}
