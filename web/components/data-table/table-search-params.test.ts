import { describe, expect, it } from 'vitest'
import {
  columnListParam,
  parseColumnList,
  parseSortParam,
  searchDateTime,
  searchOneOf,
  searchPage,
  searchText,
  sortParam,
} from './table-search-params'

describe('table search params', () => {
  it('accepts whole page numbers from 1 only', () => {
    expect([1, 7, '3'].map(searchPage)).toEqual([1, 7, 3])
    expect([0, -1, 1.5, 'x', null, undefined, '1e3x'].map(searchPage)).toEqual(Array(7).fill(undefined))
  })

  it('matches allowed values as text, so numbers and strings from the URL both work', () => {
    expect(searchOneOf('50', [25, 50] as const)).toBe(50)
    expect(searchOneOf(50, [25, 50] as const)).toBe(50)
    expect(searchOneOf(30, [25, 50] as const)).toBeUndefined()
    expect(searchOneOf('denied', ['success', 'denied'] as const)).toBe('denied')
  })

  it('keeps text the router parsed as JSON, trims it and drops empty text', () => {
    expect(searchText(123, 10)).toBe('123')
    expect(searchText(true, 10)).toBe('true')
    expect(searchText('  alice ', 10)).toBe('alice')
    expect(searchText('   ', 10)).toBeUndefined()
    expect(searchText('abcdef', 3)).toBe('abc')
    expect(searchText({ a: 1 }, 10)).toBeUndefined()
  })

  it('accepts ISO date-times with an offset only', () => {
    expect(searchDateTime('2026-01-05T08:00:00.000Z')).toBe('2026-01-05T08:00:00.000Z')
    expect(searchDateTime('2026-01-05T08:00+02:00')).toBe('2026-01-05T08:00+02:00')
    expect(searchDateTime('2026-01-05T08:00:00')).toBeUndefined()
    expect(searchDateTime('2026-13-45T08:00:00Z')).toBeUndefined()
    expect(searchDateTime('yesterday')).toBeUndefined()
  })

  it('round-trips a sort and refuses columns the list cannot sort by', () => {
    expect(parseSortParam('-at', ['at'])).toEqual({ id: 'at', desc: true })
    expect(parseSortParam('at', ['at'])).toEqual({ id: 'at', desc: false })
    expect(parseSortParam('-actor', ['at'])).toBeNull()
    expect(sortParam({ id: 'at', desc: true })).toBe('-at')
  })

  it('keeps known, distinct column ids and tells an empty list from an absent one', () => {
    expect(parseColumnList('ip,details,ip,bogus', ['ip', 'details'])).toEqual(['ip', 'details'])
    expect(parseColumnList('', ['ip'])).toEqual([])
    expect(parseColumnList(undefined, ['ip'])).toBeUndefined()
    expect(columnListParam(['ip', 'details'])).toBe('ip,details')
  })
})
