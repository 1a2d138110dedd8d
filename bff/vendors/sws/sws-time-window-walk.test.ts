import { describe, expect, it } from 'vitest'
import type { TimeWindowQuery } from './sws-time-window-pager'
import { walkByTimeWindow } from './sws-time-window-walk'

interface Item {
  id: string
  t: number
}

/** A gateway stand-in: items filtered by inclusive times, in the given order, refusing past `window`. */
function fakeGateway(items: Item[], order: 'ascending' | 'descending', window: number) {
  const sorted = [...items].sort((a, b) => (order === 'ascending' ? a.t - b.t : b.t - a.t))
  const requests: TimeWindowQuery[] = []
  const fetchPage = async (query: TimeWindowQuery) => {
    requests.push(query)
    if (query.offset + query.limit > window) throw new Error(`past the window: ${query.offset}+${query.limit}`)
    const matching = sorted.filter((item) => (query.fromTime === 0 || item.t >= query.fromTime) && (query.toTime === 0 || item.t <= query.toTime))
    return { items: matching.slice(query.offset, query.offset + query.limit), totalCount: matching.length }
  }
  return { fetchPage, requests }
}

async function collect(walk: AsyncGenerator<Item[]>): Promise<Item[]> {
  const all: Item[] = []
  for await (const batch of walk) all.push(...batch)
  return all
}

describe('walking an SWS list past its result window', () => {
  // Several items share a millisecond, and those groups straddle the window's edge.
  const items: Item[] = Array.from({ length: 95 }, (_, i) => ({ id: `i${i}`, t: 1_000 + Math.floor(i / 3) }))

  it.each(['ascending', 'descending'] as const)('returns every item once, in order (%s), without passing the window', async (order) => {
    const gateway = fakeGateway(items, order, 20)
    const all = await collect(walkByTimeWindow({ fetchPage: gateway.fetchPage, timeOf: (i) => i.t, idOf: (i) => i.id, order, fromTime: 0, toTime: 0, batch: 7, window: 20 }))
    expect(all.map((i) => i.id).sort()).toEqual(items.map((i) => i.id).sort())
    expect(new Set(all.map((i) => i.id)).size).toBe(items.length)
    const times = all.map((i) => i.t)
    expect(times).toEqual([...times].sort((a, b) => (order === 'ascending' ? a - b : b - a)))
    // About one request per batch: the window moves instead of starting over.
    expect(gateway.requests.length).toBeLessThan(items.length / 7 + 10)
  })

  it('keeps the caller’s bounds', async () => {
    const gateway = fakeGateway(items, 'descending', 20)
    const all = await collect(walkByTimeWindow({ fetchPage: gateway.fetchPage, timeOf: (i) => i.t, idOf: (i) => i.id, order: 'descending', fromTime: 1_005, toTime: 1_020, batch: 6, window: 20 }))
    expect(all).toHaveLength(16 * 3)
    expect(all.every((i) => i.t >= 1_005 && i.t <= 1_020)).toBe(true)
  })

  it('stops with a clear error when a whole window shares one millisecond', async () => {
    const crowded = Array.from({ length: 30 }, (_, i) => ({ id: `c${i}`, t: 5 }))
    const gateway = fakeGateway(crowded, 'ascending', 10)
    await expect(collect(walkByTimeWindow({ fetchPage: gateway.fetchPage, timeOf: (i) => i.t, idOf: (i) => i.id, order: 'ascending', fromTime: 0, toTime: 0, batch: 5, window: 10 }))).rejects.toThrow(
      /share one millisecond/,
    )
  })

  it('ends on an empty list with one request', async () => {
    const gateway = fakeGateway([], 'ascending', 10)
    expect(await collect(walkByTimeWindow({ fetchPage: gateway.fetchPage, timeOf: (i) => i.t, idOf: (i) => i.id, order: 'ascending', fromTime: 0, toTime: 0, batch: 5 }))).toEqual([])
    expect(gateway.requests).toHaveLength(1)
  })
})
