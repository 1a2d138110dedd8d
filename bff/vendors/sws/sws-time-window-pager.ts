import { vendorFailure } from '../http/vendor-errors'

/** The gateway refuses any page with offset + limit past this. */
export const SWS_RESULT_WINDOW = 10_000

export interface TimeWindowQuery {
  /** Epoch ms, inclusive; 0 = no bound (the gateway's convention). */
  fromTime: number
  toTime: number
  offset: number
  limit: number
}

export interface TimeWindowPage<T> {
  items: T[]
  totalCount: number
}

export interface TimeWindowPagerOptions<T> {
  fetchPage: (query: TimeWindowQuery) => Promise<TimeWindowPage<T>>
  /** The item's epoch-ms time the list is ordered by (a step's or session's `datetime`/`startDatetime`). */
  timeOf: (item: T) => number
  /** Steps come oldest first; sessions and recordings newest first. */
  order: 'ascending' | 'descending'
  fromTime?: number
  toTime?: number
  window?: number
}

/**
 * Offset/limit over an SWS list of any length. Within the first 10,000 results this is one
 * request. Beyond, it walks by time: the wanted item (or the window's last one) has a time t,
 * the exact totalCount of the times strictly before t says how many results that hop skips, and
 * the window moves to start at t — two small requests per hop of up to 10,000 results.
 */
export async function pageByTimeWindow<T>(offset: number, limit: number, options: TimeWindowPagerOptions<T>): Promise<TimeWindowPage<T>> {
  const window = options.window ?? SWS_RESULT_WINDOW
  const pageLimit = Math.min(limit, window)
  let fromTime = options.fromTime ?? 0
  let toTime = options.toTime ?? 0
  let remaining = offset
  let totalCount: number | null = null
  let finalLimit = pageLimit

  while (remaining + pageLimit > window) {
    // The first wanted item (or the window's last one, if that is further) gives the next window's start.
    const probe = await options.fetchPage({ fromTime, toTime, offset: Math.min(remaining, window - 1), limit: 1 })
    totalCount ??= probe.totalCount
    const edge = probe.items[0]
    if (edge === undefined) {
      // The rest fits in this window: whatever lies past `remaining` is below the cap.
      if (remaining >= window) return { items: [], totalCount }
      finalLimit = window - remaining
      break
    }
    const edgeTime = options.timeOf(edge)
    const before =
      options.order === 'ascending'
        ? await options.fetchPage({ fromTime, toTime: edgeTime - 1, offset: 0, limit: 1 })
        : await options.fetchPage({ fromTime: edgeTime + 1, toTime, offset: 0, limit: 1 })
    if (before.totalCount === 0) {
      // More than a whole window shares one millisecond: no time bound can split it.
      throw vendorFailure('sws', `more than ${window} results share one millisecond; narrow the filter to page further.`)
    }
    remaining -= before.totalCount
    if (options.order === 'ascending') fromTime = edgeTime
    else toTime = edgeTime
  }

  const page = await options.fetchPage({ fromTime, toTime, offset: remaining, limit: finalLimit })
  return { items: page.items, totalCount: totalCount ?? page.totalCount }
}
