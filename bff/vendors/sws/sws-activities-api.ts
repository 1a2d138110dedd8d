import { SWS_ACTIVITY_TYPES, type SwsActivitySummary, type SwsActivityType } from '../../../contract/sws-activities'
import type { SwsClient } from './sws-client'
import { activityTimeOf, toSwsActivitySummary } from './sws-activities-wire'
import { pageByTimeWindow, type TimeWindowPage, type TimeWindowQuery } from './sws-time-window-pager'
import { walkByTimeWindow } from './sws-time-window-walk'
import { isRecord, wireCount, wireList, wireText, type WireRecord } from './sws-wire-values'

// Operation 11 of seed 000. `activityTypes` is required by the gateway (400 without it), so "every
// type" is sent as the full list. The gateway lists activities oldest first and has no sort
// parameter; the console shows newest first by reading the matching slice from the end.

export interface SwsActivitySearch {
  types: readonly SwsActivityType[] | undefined
  /** Epoch ms, inclusive. */
  fromTime: number
  toTime: number
}

async function fetchPage(sws: SwsClient, search: SwsActivitySearch, page: TimeWindowQuery, requestId?: string): Promise<TimeWindowPage<WireRecord>> {
  const types = search.types && search.types.length > 0 ? search.types : SWS_ACTIVITY_TYPES
  const body = await sws.get(
    '/sws/activities',
    { activityTypes: [...types], fromTime: page.fromTime, toTime: page.toTime, offset: page.offset, limit: page.limit },
    requestId,
  )
  return { items: wireList(body, 'activities', 'activity'), totalCount: wireCount(isRecord(body) ? body.totalCount : undefined) ?? 0 }
}

const pager = (sws: SwsClient, search: SwsActivitySearch, requestId?: string) => ({
  fetchPage: (page: TimeWindowQuery) => fetchPage(sws, search, page, requestId),
  timeOf: activityTimeOf,
  order: 'ascending' as const,
  fromTime: search.fromTime,
  toTime: search.toTime,
})

/**
 * One page, newest first (`order: 'newest'`) or as the gateway lists them. Newest first costs one
 * more request: the count, so the page can be read from the end of the oldest-first list.
 */
export async function listSwsActivities(
  sws: SwsClient,
  search: SwsActivitySearch,
  page: { offset: number; limit: number; order: 'newest' | 'oldest' },
  requestId?: string,
): Promise<{ items: SwsActivitySummary[]; total: number }> {
  const options = pager(sws, search, requestId)
  if (page.order === 'oldest') {
    const result = await pageByTimeWindow(page.offset, page.limit, options)
    return { items: result.items.map(toSwsActivitySummary), total: result.totalCount }
  }
  const total = (await options.fetchPage({ fromTime: search.fromTime, toTime: search.toTime, offset: 0, limit: 1 })).totalCount
  const end = total - page.offset
  if (end <= 0) return { items: [], total }
  const start = Math.max(0, end - page.limit)
  const result = await pageByTimeWindow(start, end - start, options)
  return { items: result.items.map(toSwsActivitySummary).reverse(), total: result.totalCount }
}

/** Every matching activity, oldest first, in batches (for the CSV export). */
export async function* swsActivitiesInBatches(sws: SwsClient, search: SwsActivitySearch, batch: number, requestId?: string): AsyncGenerator<SwsActivitySummary[], void, undefined> {
  const walk = walkByTimeWindow<WireRecord>({
    ...pager(sws, search, requestId),
    idOf: (item) => (isRecord(item.activityData) ? (wireText(item.activityData.id) ?? '') : ''),
    batch,
  })
  for await (const items of walk) yield items.map(toSwsActivitySummary)
}
