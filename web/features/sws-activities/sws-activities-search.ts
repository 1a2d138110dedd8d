import type { SwsActivityFilterQuery, SwsActivityListRequest } from '@contract/sws-activities'
import {
  SWS_ACTIVITY_DEFAULT_PAGE_SIZE,
  SWS_ACTIVITY_PAGE_SIZES,
  SWS_ACTIVITY_TYPES,
  type SwsActivityPageSize,
  type SwsActivityType,
} from '@contract/sws-activities-search'
import { TIME_WINDOW_RANGES, timeWindowProblem, type TimeWindowRange, type TimeWindowSearch } from '@contract/time-window-search'
import type { DataTableState } from '@/components/data-table/data-table-state'
import { columnListParam, parseColumnList, searchDateTime, searchOneOf, searchPage } from '@/components/data-table/table-search-params'

/** The activities screen's URL. `types` absent means every type (the vendor needs at least one, so all are sent). */
export interface SwsActivitiesSearch {
  range?: TimeWindowRange
  from?: string
  to?: string
  /** Comma-separated activity types, in the vendor's order. */
  types?: string
  /** `oldest` for oldest first; absent for newest first. */
  order?: 'oldest'
  page?: number
  pageSize?: SwsActivityPageSize
  hide?: string
}

/** Activities are an admin log: a month is the useful default. */
export const SWS_ACTIVITIES_DEFAULT_RANGE = '30d' as const

export const SWS_ACTIVITY_COLUMN_IDS = ['at', 'type', 'initiator', 'role', 'details', 'id'] as const
export const SWS_ACTIVITY_DEFAULT_HIDDEN: readonly string[] = ['id']

/** The picked types from the URL; every type when absent or when nothing valid is left. */
export function selectedActivityTypes(search: Pick<SwsActivitiesSearch, 'types'>): SwsActivityType[] {
  const picked = new Set((search.types ?? '').split(',').map((type) => type.trim()))
  const valid = SWS_ACTIVITY_TYPES.filter((type) => picked.has(type))
  return valid.length > 0 ? valid : [...SWS_ACTIVITY_TYPES]
}

/** The URL value for a selection: absent for "all", so the default link stays short. */
export function activityTypesParam(types: readonly SwsActivityType[]): string | undefined {
  const set = new Set(types)
  const ordered = SWS_ACTIVITY_TYPES.filter((type) => set.has(type))
  return ordered.length === 0 || ordered.length === SWS_ACTIVITY_TYPES.length ? undefined : ordered.join(',')
}

export function validateSwsActivitiesSearch(raw: Record<string, unknown>): SwsActivitiesSearch {
  const search: SwsActivitiesSearch = {
    range: searchOneOf(raw.range, TIME_WINDOW_RANGES),
    from: searchDateTime(raw.from),
    to: searchDateTime(raw.to),
    types: typeof raw.types === 'string' ? activityTypesParam(selectedActivityTypes({ types: raw.types })) : undefined,
    order: raw.order === 'oldest' ? 'oldest' : undefined,
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, SWS_ACTIVITY_PAGE_SIZES),
    hide: typeof raw.hide === 'string' ? columnListParam(parseColumnList(raw.hide, SWS_ACTIVITY_COLUMN_IDS) ?? []) : undefined,
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as SwsActivitiesSearch
}

export function swsActivityTimeWindow(search: SwsActivitiesSearch): TimeWindowSearch {
  return { range: search.range, from: search.from, to: search.to }
}

export function swsActivityFilters(search: SwsActivitiesSearch): SwsActivityFilterQuery {
  const noWindow = search.range === undefined && !search.from && !search.to
  return {
    ...(noWindow ? { range: SWS_ACTIVITIES_DEFAULT_RANGE } : {}),
    ...(search.range ? { range: search.range } : {}),
    ...(search.from ? { from: search.from } : {}),
    ...(search.to ? { to: search.to } : {}),
    ...(search.types ? { types: search.types } : {}),
  }
}

export function swsActivityListRequest(search: SwsActivitiesSearch): SwsActivityListRequest {
  return {
    ...swsActivityFilters(search),
    ...(search.order ? { order: search.order } : {}),
    ...(search.page && search.page > 1 ? { page: String(search.page) } : {}),
    ...(search.pageSize && search.pageSize !== SWS_ACTIVITY_DEFAULT_PAGE_SIZE ? { pageSize: `${search.pageSize}` } : {}),
  }
}

export function swsActivitiesProblem(search: SwsActivitiesSearch): string | null {
  return timeWindowProblem(swsActivityTimeWindow(search))
}

export function swsActivitiesTableState(search: SwsActivitiesSearch): DataTableState {
  return {
    page: search.page ?? 1,
    pageSize: search.pageSize ?? SWS_ACTIVITY_DEFAULT_PAGE_SIZE,
    sort: { id: 'at', desc: search.order !== 'oldest' },
    hiddenColumns: search.hide === undefined ? SWS_ACTIVITY_DEFAULT_HIDDEN : (parseColumnList(search.hide, SWS_ACTIVITY_COLUMN_IDS) ?? []),
  }
}

export function swsActivitiesSearchForTable(change: Partial<DataTableState>): Partial<SwsActivitiesSearch> {
  const next: Partial<SwsActivitiesSearch> = {}
  if (change.page !== undefined) next.page = change.page > 1 ? change.page : undefined
  if (change.pageSize !== undefined) next.pageSize = change.pageSize === SWS_ACTIVITY_DEFAULT_PAGE_SIZE ? undefined : searchOneOf(change.pageSize, SWS_ACTIVITY_PAGE_SIZES)
  if (change.sort !== undefined) next.order = change.sort && !change.sort.desc ? 'oldest' : undefined
  if (change.hiddenColumns !== undefined) {
    const same = [...change.hiddenColumns].sort().join(',') === [...SWS_ACTIVITY_DEFAULT_HIDDEN].sort().join(',')
    next.hide = same ? undefined : columnListParam(change.hiddenColumns)
  }
  return next
}

/** "PolicyConfigurationUpdated" → "Policy configuration updated". */
export function activityTypeLabel(type: string): string {
  const words = type.replace(/([a-z])([A-Z])/g, '$1 $2').split(' ')
  return words.map((word, index) => (index === 0 ? word : word.toLowerCase())).join(' ')
}
