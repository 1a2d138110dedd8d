import type { SwsStepView } from '../../../contract/sws-player'
import { vendorFailure } from '../http/vendor-errors'
import type { QueryValue } from '../http/vendor-request'
import type { SwsClient } from './sws-client'
import { anchorFor, rememberAnchors } from './sws-steps-anchors'
import { stepsPath, withStepsApi, type SwsStepsApi } from './sws-steps-api'
import { stepId, stepTime, stepView } from './sws-steps-view'
import { pageByTimeWindow, SWS_RESULT_WINDOW, type TimeWindowPage, type TimeWindowQuery } from './sws-time-window-pager'
import { asRecord, finite } from './sws-steps-wire'

/** The steps filters the gateway documents (GET …/steps: activityTypes, tabIds, freeSearch, isFlagged). */
export interface SwsStepQuery {
  types?: readonly string[]
  tabId?: string
  freeSearch?: string
  isFlagged?: boolean
}

function filterParams(query: SwsStepQuery): Record<string, QueryValue> {
  return {
    ...(query.types && query.types.length > 0 ? { activityTypes: query.types.join(',') } : {}),
    ...(query.tabId ? { tabIds: query.tabId } : {}),
    ...(query.freeSearch ? { freeSearch: query.freeSearch } : {}),
    ...(query.isFlagged === undefined ? {} : { isFlagged: query.isFlagged }),
  }
}

/** One raw page of `sessionSteps`, oldest first, with the exact count of steps matching. */
export async function fetchRawSteps(
  client: SwsClient,
  api: SwsStepsApi,
  sessionId: string,
  query: SwsStepQuery,
  window: TimeWindowQuery,
  requestId?: string,
): Promise<TimeWindowPage<unknown>> {
  const body = asRecord(
    await client.get(
      stepsPath(api, sessionId),
      { ...filterParams(query), fromTime: window.fromTime, toTime: window.toTime, offset: window.offset, limit: window.limit },
      requestId,
    ),
  )
  const items = body?.sessionSteps
  const totalCount = finite(body?.totalCount)
  if (!Array.isArray(items)) throw vendorFailure('sws', 'answered the steps list without sessionSteps.')
  if (totalCount === null) throw vendorFailure('sws', 'answered the steps list without totalCount.')
  return { items, totalCount }
}

/**
 * Steps [offset, offset + limit) of the filtered timeline. Past the gateway's 10,000-result window
 * the time-window pager walks by time, so any position of a 25,000-step session can be read.
 */
export async function readStepsPage(
  client: SwsClient,
  sessionId: string,
  query: SwsStepQuery,
  offset: number,
  limit: number,
  requestId?: string,
): Promise<{ items: SwsStepView[]; total: number }> {
  const page = await withStepsApi(client, async (api) => {
    const key = `${api}:${sessionId}:${JSON.stringify(filterParams(query))}`
    // Deep in a long session, a known position nearby replaces the walk by time windows.
    const anchor = offset + limit > SWS_RESULT_WINDOW ? anchorFor(client, key, offset, limit, SWS_RESULT_WINDOW) : null
    const read = anchor
      ? await fetchRawSteps(client, api, sessionId, query, { fromTime: anchor[1], toTime: 0, offset: offset - anchor[0], limit }, requestId).then(
          (part) => ({ items: part.items, totalCount: anchor[0] + part.totalCount }),
        )
      : await pageByTimeWindow(offset, limit, {
          fetchPage: (window) => fetchRawSteps(client, api, sessionId, query, window, requestId),
          timeOf: stepTime,
          order: 'ascending',
        })
    rememberAnchors(client, key, offset, read.items.map(stepTime))
    return read
  })
  return { items: page.items.map((step, i) => stepView(step, offset + i)), total: page.totalCount }
}

/**
 * The position of the first step at or after `time` in the filtered timeline: the number of
 * matching steps strictly before it (one count-only request), and the total beside it.
 */
export async function locateStep(
  client: SwsClient,
  sessionId: string,
  query: SwsStepQuery,
  time: number,
  requestId?: string,
): Promise<{ index: number; total: number }> {
  return withStepsApi(client, async (api) => {
    const count = (window: TimeWindowQuery) => fetchRawSteps(client, api, sessionId, query, window, requestId).then((page) => page.totalCount)
    // toTime 0 means "no bound" to the gateway, so a time at the very start counts nothing before it.
    const [before, total] = await Promise.all([
      time > 1 ? count({ fromTime: 0, toTime: time - 1, offset: 0, limit: 0 }) : Promise.resolve(0),
      count({ fromTime: 0, toTime: 0, offset: 0, limit: 0 }),
    ])
    return { index: Math.min(before, total), total }
  })
}

/**
 * Every matching step, oldest first, in batches: a window from the last step's time onwards, skipping
 * the steps of that millisecond already sent (the gateway's documented way past 10,000 results).
 */
export async function* iterateSteps(
  client: SwsClient,
  sessionId: string,
  query: SwsStepQuery,
  options: { batch?: number; requestId?: string } = {},
): AsyncGenerator<unknown[], void, undefined> {
  const batch = options.batch ?? 1_000
  let api: SwsStepsApi | null = null
  let fromTime = 0
  let seenAtEdge = new Set<string>()
  for (;;) {
    const window = { fromTime, toTime: 0, offset: 0, limit: batch }
    const page: TimeWindowPage<unknown> = api
      ? await fetchRawSteps(client, api, sessionId, query, window, options.requestId)
      : await withStepsApi(client, async (found) => {
          const first = await fetchRawSteps(client, found, sessionId, query, window, options.requestId)
          api = found
          return first
        })
    const fresh = page.items.filter((step) => !seenAtEdge.has(stepId(step)))
    if (fresh.length > 0) yield fresh
    if (page.items.length < batch) return
    const last = page.items[page.items.length - 1]
    const lastTime = stepTime(last)
    if (!Number.isFinite(lastTime)) throw vendorFailure('sws', 'answered a step without its datetime.')
    if (lastTime === fromTime && fresh.length === 0) {
      throw vendorFailure('sws', `more than ${batch} steps share one millisecond; narrow the filter to read further.`)
    }
    const atEdge = page.items.filter((step) => stepTime(step) === lastTime).map(stepId)
    seenAtEdge = lastTime === fromTime ? new Set([...seenAtEdge, ...atEdge]) : new Set(atEdge)
    fromTime = lastTime
  }
}
