import type { RowData } from '@tanstack/react-table'
import type { DataTableProps } from './data-table'

/** What DataTable needs of a list query; any `UseQueryResult<{ items, total }>` fits. */
export interface ListQuery<TRow> {
  data: { items: TRow[]; total: number | null } | undefined
  error: unknown
  isPlaceholderData: boolean
  refetch: () => unknown
}

export type QueryTableProps<TRow extends RowData> = Pick<DataTableProps<TRow>, 'rows' | 'total' | 'isFetching' | 'error' | 'onRetry'>

/**
 * DataTable's rows, total, fetching and error props from a list query (spread them in). A `problem`
 * of the screen's own, e.g. an invalid time range that keeps the query disabled, shows in place of
 * the error and offers no retry: fetching again cannot fix it.
 */
export function queryTableProps<TRow extends RowData>(query: ListQuery<TRow>, options?: { problem?: string | null }): QueryTableProps<TRow> {
  const problem = options?.problem
  return {
    rows: query.data?.items,
    total: query.data?.total,
    isFetching: query.isPlaceholderData,
    error: problem ? new Error(problem) : query.error,
    onRetry: problem ? undefined : () => void query.refetch(),
  }
}
