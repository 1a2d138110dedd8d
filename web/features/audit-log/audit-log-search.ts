import { AUDIT_ACTIONS, type AuditAction } from '@contract/audit-actions'
import type { AuditLogFilterQuery, AuditLogListRequest } from '@contract/audit-log'
import { AUDIT_DEFAULT_PAGE_SIZE, AUDIT_PAGE_SIZES, AUDIT_RESULTS, type AuditPageSize, type AuditResult } from '@contract/audit-log-search'
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

/** The audit log screen's URL: filters, page, size, sort and hidden columns, so a view can be bookmarked and shared. */
export interface AuditLogSearch {
  actor?: string
  action?: AuditAction
  tenant?: string
  result?: AuditResult
  from?: string
  to?: string
  q?: string
  page?: number
  pageSize?: AuditPageSize
  /** `at` for oldest first; absent for the default, newest first. */
  sort?: 'at'
  /** Comma-separated ids of hidden columns; absent for the default set. */
  hide?: string
}

export type AuditLogFilterKey = 'actor' | 'action' | 'tenant' | 'result' | 'from' | 'to' | 'q'
export const AUDIT_LOG_FILTER_KEYS: readonly AuditLogFilterKey[] = ['actor', 'action', 'tenant', 'result', 'from', 'to', 'q']

export const AUDIT_LOG_COLUMN_IDS = ['seq', 'at', 'actor', 'action', 'target', 'tenant', 'result', 'reason', 'ip', 'details'] as const
export const AUDIT_LOG_DEFAULT_HIDDEN: readonly string[] = ['ip', 'details']
const SORTABLE = ['at']

/**
 * validateSearch for the route: a plain function (no zod in the entry chunk) that keeps what is
 * valid and drops the rest, so a hand-edited or stale link still opens.
 */
export function validateAuditLogSearch(raw: Record<string, unknown>): AuditLogSearch {
  const sort = parseSortParam(raw.sort, SORTABLE)
  const search: AuditLogSearch = {
    actor: searchText(raw.actor, 128),
    action: searchOneOf(raw.action, AUDIT_ACTIONS),
    tenant: searchText(raw.tenant, 128),
    result: searchOneOf(raw.result, AUDIT_RESULTS),
    from: searchDateTime(raw.from),
    to: searchDateTime(raw.to),
    q: searchText(raw.q, 200),
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, AUDIT_PAGE_SIZES),
    sort: sort && !sort.desc ? 'at' : undefined,
    hide: typeof raw.hide === 'string' ? columnListParam(parseColumnList(raw.hide, AUDIT_LOG_COLUMN_IDS) ?? []) : undefined,
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as AuditLogSearch
}

export function auditLogFilters(search: AuditLogSearch): AuditLogFilterQuery {
  const filters: AuditLogFilterQuery = {}
  for (const key of AUDIT_LOG_FILTER_KEYS) {
    const value = search[key]
    if (value !== undefined) Object.assign(filters, { [key]: value })
  }
  return filters
}

/** Why a time window cannot match anything, or null; the list is then not requested at all. */
export function auditLogRangeProblem(window: { from?: string; to?: string }): string | null {
  if (!window.from || !window.to || Date.parse(window.from) <= Date.parse(window.to)) return null
  return '“To” is before “From”, so no entry can match. Change one of them.'
}

export function hasFilters(search: AuditLogSearch): boolean {
  return AUDIT_LOG_FILTER_KEYS.some((key) => search[key] !== undefined)
}

/** The list request for a URL: query-string values, defaults left out so equal views share a cache entry. */
export function auditLogListRequest(search: AuditLogSearch): AuditLogListRequest {
  return {
    ...auditLogFilters(search),
    ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
    ...(search.pageSize && search.pageSize !== AUDIT_DEFAULT_PAGE_SIZE ? { pageSize: `${search.pageSize}` } : {}),
    ...(search.sort === 'at' ? { order: 'oldest' as const } : {}),
  }
}

export function auditLogTableState(search: AuditLogSearch): DataTableState {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? AUDIT_DEFAULT_PAGE_SIZE,
    sort: { id: 'at', desc: search.sort !== 'at' },
    hiddenColumns: search.hide === undefined ? AUDIT_LOG_DEFAULT_HIDDEN : (parseColumnList(search.hide, AUDIT_LOG_COLUMN_IDS) ?? []),
  }
}

/** The URL change for a table change; defaults are written as absent to keep links short. */
export function auditLogSearchForTable(change: Partial<DataTableState>): Partial<AuditLogSearch> {
  const next: Partial<AuditLogSearch> = {}
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) {
    next.pageSize = change.pageSize === AUDIT_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, AUDIT_PAGE_SIZES)
  }
  if (change.sort !== undefined) next.sort = change.sort && !change.sort.desc ? 'at' : undefined
  if (change.hiddenColumns !== undefined) {
    const same = [...change.hiddenColumns].sort().join(',') === [...AUDIT_LOG_DEFAULT_HIDDEN].sort().join(',')
    next.hide = same ? undefined : columnListParam(change.hiddenColumns)
  }
  return next
}
