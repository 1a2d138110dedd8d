import type { UseQueryResult } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import { queryTableProps, type ListQuery } from './query-table-props'

interface Row {
  id: string
}

const listQuery = (overrides: Partial<ListQuery<Row>> = {}): ListQuery<Row> => ({
  data: { items: [{ id: 'a' }, { id: 'b' }], total: 12 },
  error: null,
  isPlaceholderData: false,
  refetch: vi.fn(),
  ...overrides,
})

describe('queryTableProps', () => {
  it('hands the page, its total and the fetching state to the table', () => {
    const props = queryTableProps(listQuery({ isPlaceholderData: true }))
    expect(props.rows).toEqual([{ id: 'a' }, { id: 'b' }])
    expect(props.total).toBe(12)
    expect(props.isFetching).toBe(true)
    expect(props.error).toBeNull()
  })

  it('leaves rows and total undefined until the first page arrives, and keeps a null total', () => {
    expect(queryTableProps(listQuery({ data: undefined }))).toMatchObject({ rows: undefined, total: undefined, isFetching: false })
    expect(queryTableProps(listQuery({ data: { items: [], total: null } })).total).toBeNull()
  })

  it('passes the error on with a retry that fetches again', () => {
    const failure = new Error('SPS is unreachable')
    const query = listQuery({ data: undefined, error: failure })
    const props = queryTableProps(query)
    expect(props.error).toBe(failure)
    props.onRetry?.()
    expect(query.refetch).toHaveBeenCalledTimes(1)
  })

  it('shows a problem of the screen’s own in place of the error, with no retry', () => {
    const props = queryTableProps(listQuery({ error: new Error('stale') }), { problem: '“To” is before “From”.' })
    expect(props.error).toEqual(new Error('“To” is before “From”.'))
    expect(props.onRetry).toBeUndefined()
  })

  it('ignores an empty problem', () => {
    const query = listQuery()
    for (const problem of [null, undefined, '']) {
      const props = queryTableProps(query, { problem })
      expect(props.error).toBeNull()
      expect(props.onRetry).toBeTypeOf('function')
    }
  })

  it('takes TanStack Query results of list shape only (tsc checks the rest)', () => {
    const list = {} as UseQueryResult<{ items: Row[]; total: number }>
    const rows: Row[] | undefined = queryTableProps(list).rows
    expect(rows).toBeUndefined()
    // @ts-expect-error no total: not a list page
    queryTableProps({} as UseQueryResult<{ items: Row[] }>)
    // @ts-expect-error a bare array is not a list page
    queryTableProps({} as UseQueryResult<Row[]>)
    // @ts-expect-error a total of the wrong type
    queryTableProps({} as UseQueryResult<{ items: Row[]; total: string }>)
  })
})
