import type { IdentityUserFilterQuery, IdentityUserListRequest } from '@contract/identity-users'
import {
  IDENTITY_USER_DEFAULT_PAGE_SIZE,
  IDENTITY_USER_PAGE_SIZES,
  IDENTITY_USER_SORTS,
  IDENTITY_USER_STATUSES,
  type IdentityUserPageSize,
  type IdentityUserStatus,
} from '@contract/identity-users-search'
import type { DataTableState } from '@/components/data-table/data-table-state'
import { columnListParam, parseColumnList, parseSortParam, searchOneOf, searchPage, searchText, sortParam } from '@/components/data-table/table-search-params'

/** The users screen's URL: search, filters, page, size, sort and hidden columns — a view can be bookmarked and shared. */
export interface UsersSearch {
  q?: string
  status?: IdentityUserStatus
  locked?: 'true' | 'false'
  enabled?: 'true' | 'false'
  page?: number
  pageSize?: IdentityUserPageSize
  /** `username`, `-email`…; absent for display name A→Z. */
  sort?: string
  /** Comma-separated ids of hidden columns; absent for the default set. */
  hide?: string
}

export type UsersFilterKey = 'q' | 'status' | 'locked' | 'enabled'
export const USERS_FILTER_KEYS: readonly UsersFilterKey[] = ['q', 'status', 'locked', 'enabled']

export const USER_COLUMN_IDS = ['displayName', 'username', 'email', 'status', 'signIn', 'risk', 'directory', 'description'] as const
export const USER_DEFAULT_HIDDEN: readonly string[] = ['username', 'directory', 'description']
const DEFAULT_SORT = { id: 'displayName', desc: false }
const BOOLEAN_TEXT = ['true', 'false'] as const

export function validateUsersSearch(raw: Record<string, unknown>): UsersSearch {
  const sort = parseSortParam(raw.sort, IDENTITY_USER_SORTS)
  const search: UsersSearch = {
    q: searchText(raw.q, 200),
    status: searchOneOf(raw.status, IDENTITY_USER_STATUSES),
    locked: searchOneOf(raw.locked, BOOLEAN_TEXT),
    enabled: searchOneOf(raw.enabled, BOOLEAN_TEXT),
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, IDENTITY_USER_PAGE_SIZES),
    sort: sort && !(sort.id === DEFAULT_SORT.id && !sort.desc) ? sortParam(sort) : undefined,
    hide: typeof raw.hide === 'string' ? columnListParam(parseColumnList(raw.hide, USER_COLUMN_IDS) ?? []) : undefined,
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as UsersSearch
}

export function usersFilters(search: UsersSearch): IdentityUserFilterQuery {
  const filters: IdentityUserFilterQuery = {}
  for (const key of USERS_FILTER_KEYS) {
    const value = search[key]
    if (value !== undefined) Object.assign(filters, { [key]: value })
  }
  if (search.sort) filters.sort = search.sort
  return filters
}

export function hasUserFilters(search: UsersSearch): boolean {
  return USERS_FILTER_KEYS.some((key) => search[key] !== undefined)
}

/** The list request: query-string values, defaults left out so equal views share a cache entry. */
export function usersListRequest(search: UsersSearch): IdentityUserListRequest {
  return {
    ...usersFilters(search),
    ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
    ...(search.pageSize && search.pageSize !== IDENTITY_USER_DEFAULT_PAGE_SIZE ? { pageSize: String(search.pageSize) } : {}),
  }
}

export function usersTableState(search: UsersSearch): DataTableState {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? IDENTITY_USER_DEFAULT_PAGE_SIZE,
    sort: parseSortParam(search.sort, IDENTITY_USER_SORTS) ?? DEFAULT_SORT,
    hiddenColumns: search.hide === undefined ? USER_DEFAULT_HIDDEN : (parseColumnList(search.hide, USER_COLUMN_IDS) ?? []),
  }
}

/** The URL change for a table change; defaults are written as absent to keep links short. */
export function usersSearchForTable(change: Partial<DataTableState>): Partial<UsersSearch> {
  const next: Partial<UsersSearch> = {}
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) {
    next.pageSize = change.pageSize === IDENTITY_USER_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, IDENTITY_USER_PAGE_SIZES)
  }
  if (change.sort !== undefined) {
    const sort = change.sort
    next.sort = !sort || (sort.id === DEFAULT_SORT.id && !sort.desc) ? undefined : sortParam(sort)
  }
  if (change.hiddenColumns !== undefined) {
    const same = [...change.hiddenColumns].sort().join(',') === [...USER_DEFAULT_HIDDEN].sort().join(',')
    next.hide = same ? undefined : columnListParam(change.hiddenColumns)
  }
  return next
}
