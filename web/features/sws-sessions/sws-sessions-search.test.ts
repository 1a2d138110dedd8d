import { describe, expect, it } from 'vitest'
import { formatDuration } from './format-duration'
import { swsSessionFilters, swsSessionListRequest, swsSessionsProblem, swsSessionsSearchForTable, swsSessionsTableState, validateSwsSessionsSearch } from './sws-sessions-search'

describe('SWS sessions URL state', () => {
  it('keeps valid parameters and drops the rest, so a stale link still opens', () => {
    expect(
      validateSwsSessionsSearch({
        range: 'custom',
        from: '2026-10-01T00:00:00Z',
        to: 'not a date',
        user: '  alice@x  ',
        flagged: 'maybe',
        sort: 'duration',
        page: 2,
        pageSize: 33,
        hide: 'end,nope',
      }),
    ).toEqual({ range: 'custom', from: '2026-10-01T00:00:00Z', user: 'alice@x', sort: 'duration', page: 2, hide: 'end' })
    // The default sort is written as absent.
    expect(validateSwsSessionsSearch({ sort: 'start' })).toEqual({})
  })

  it('asks for the default window when none is set, and leaves defaults out of the request', () => {
    expect(swsSessionListRequest({})).toEqual({ range: '24h' })
    expect(swsSessionListRequest({ from: '2026-10-01T00:00:00Z', sort: 'steps', page: 3, pageSize: 100, hide: 'flag' })).toEqual({
      from: '2026-10-01T00:00:00Z',
      sort: 'steps',
      page: '3',
      pageSize: '100',
    })
    expect(swsSessionFilters({ range: '7d', application: 'p1', flagged: 'true', q: 'pay*', page: 2 })).toEqual({ range: '7d', application: 'p1', flagged: 'true', q: 'pay*' })
  })

  it('sorts each field in the vendor’s one direction, whatever the header asks', () => {
    expect(swsSessionsTableState({}).sort).toEqual({ id: 'start', desc: true })
    expect(swsSessionsTableState({ sort: 'user' }).sort).toEqual({ id: 'user', desc: false })
    expect(swsSessionsSearchForTable({ sort: { id: 'steps', desc: false }, page: 1 })).toEqual({ sort: 'steps', page: undefined })
    expect(swsSessionsSearchForTable({ sort: { id: 'start', desc: false } })).toEqual({ sort: undefined })
  })

  it('names a backwards custom range instead of asking the server', () => {
    expect(swsSessionsProblem({ range: 'custom', from: '2026-10-02T00:00:00Z', to: '2026-10-01T00:00:00Z' })).toMatch(/later than/)
    expect(swsSessionsProblem({ range: '24h' })).toBeNull()
  })

  it('formats durations as people read them', () => {
    expect(formatDuration(45_400)).toBe('45 s')
    expect(formatDuration(12 * 60_000 + 5_000)).toBe('12 min 5 s')
    expect(formatDuration(3 * 3_600_000 + 4 * 60_000)).toBe('3 h 4 min')
    expect(formatDuration(2 * 3_600_000)).toBe('2 h')
  })
})
