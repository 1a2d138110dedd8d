import type { SpsConfigListQuery } from '@contract/sps-config'
import { SPS_CONFIG_DEFAULT_PAGE_SIZE, SPS_CONFIG_PAGE_SIZES, type SpsConfigPageSize } from '@contract/sps-config-search'
import type { DataTableState } from '@/components/data-table/data-table-state'
import { parseSortParam, searchOneOf, searchPage, searchText } from '@/components/data-table/table-search-params'

/** The URL of the usergroups and local users screens: filter, page, size, name order. */
export interface SpsConfigSearch {
  q?: string
  page?: number
  pageSize?: SpsConfigPageSize
  /** `-name` for Z→A; absent for A→Z. */
  sort?: '-name'
}

/** validateSearch: keeps what is valid, drops the rest (no zod in the entry chunk). */
export function validateSpsConfigSearch(raw: Record<string, unknown>): SpsConfigSearch {
  const sort = parseSortParam(raw.sort, ['name'])
  const search: SpsConfigSearch = {
    q: searchText(raw.q, 200),
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, SPS_CONFIG_PAGE_SIZES),
    sort: sort?.desc ? '-name' : undefined,
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as SpsConfigSearch
}

/** The list request: defaults left out so equal views share a cache entry. */
export function spsConfigListRequest(search: SpsConfigSearch): SpsConfigListQuery {
  return {
    ...(search.q ? { q: search.q } : {}),
    ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
    ...(search.pageSize && search.pageSize !== SPS_CONFIG_DEFAULT_PAGE_SIZE ? { pageSize: `${search.pageSize}` as '50' | '100' } : {}),
    ...(search.sort ? { order: '-name' as const } : {}),
  }
}

export function spsConfigTableState(search: SpsConfigSearch): DataTableState {
  return { page: search.page ?? 1, pageSize: search.pageSize ?? SPS_CONFIG_DEFAULT_PAGE_SIZE, sort: { id: 'name', desc: search.sort === '-name' }, hiddenColumns: [] }
}

export function spsConfigSearchForTable(change: Partial<DataTableState>): Partial<SpsConfigSearch> {
  const next: Partial<SpsConfigSearch> = {}
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) next.pageSize = change.pageSize === SPS_CONFIG_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, SPS_CONFIG_PAGE_SIZES)
  if (change.sort !== undefined) next.sort = change.sort?.desc ? '-name' : undefined
  return next
}
