import { vendorFailure } from '../http/vendor-errors'
import { SWS_RESULT_WINDOW, type TimeWindowPage, type TimeWindowQuery } from './sws-time-window-pager'

export interface TimeWindowWalkOptions<T> {
  fetchPage: (query: TimeWindowQuery) => Promise<TimeWindowPage<T>>
  timeOf: (item: T) => number
  idOf: (item: T) => string
  /** Sessions and recordings come newest first; activities and steps oldest first. */
  order: 'ascending' | 'descending'
  /** Epoch ms, inclusive; 0 = no bound. */
  fromTime: number
  toTime: number
  /** Items per request. */
  batch: number
  window?: number
}

/**
 * Every item of an SWS list in its time order, one batch per request, for exports. Where
 * `pageByTimeWindow` jumps to one page, this walks: when the next page would pass the gateway's
 * 10,000-result window, the window restarts at the last time seen (bounds are inclusive) and the
 * items already sent at that very millisecond are skipped by id. Two requests never overlap
 * beyond that millisecond, so a long export costs one request per batch.
 */
export async function* walkByTimeWindow<T>(options: TimeWindowWalkOptions<T>): AsyncGenerator<T[], void, undefined> {
  const window = options.window ?? SWS_RESULT_WINDOW
  let fromTime = options.fromTime
  let toTime = options.toTime
  let offset = 0
  // The last millisecond seen and the ids sent at it: the next window starts there.
  let edgeTime: number | null = null
  let edgeIds = new Set<string>()

  for (;;) {
    const limit = Math.min(options.batch, window - offset)
    const page = await options.fetchPage({ fromTime, toTime, offset, limit })
    const fresh: T[] = []
    for (const item of page.items) {
      const time = options.timeOf(item)
      const id = options.idOf(item)
      if (time === edgeTime && edgeIds.has(id)) continue
      if (time !== edgeTime) {
        edgeTime = time
        edgeIds = new Set()
      }
      edgeIds.add(id)
      fresh.push(item)
    }
    if (fresh.length > 0) yield fresh
    if (page.items.length < limit) return
    offset += page.items.length
    if (offset < window) continue
    if (edgeTime === null) return
    if (edgeIds.size >= window) {
      throw vendorFailure('sws', `more than ${window} results share one millisecond; narrow the filter to export further.`)
    }
    // Restart the window at the edge millisecond; what was sent at it is skipped above.
    if (options.order === 'descending') toTime = edgeTime
    else fromTime = edgeTime
    offset = 0
  }
}
