import { functionalUpdate, useTable, type ColumnVisibilityState, type PaginationState, type RowData, type SortingState } from '@tanstack/react-table'
import { useMemo, type ReactNode } from 'react'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { Table, TableHeader, TableRow } from '@/components/ui/table'
import { useTimeDisplay } from '@/lib/time-display'
import { cn } from '@/lib/utils'
import { dataTableFeatures, type DataTableColumn } from './data-table-columns'
import { DataTableBody } from './data-table-body'
import { DataTableColumnChooser } from './data-table-column-chooser'
import { DataTableError } from './data-table-error'
import { DataTableHeaderCell } from './data-table-header-cell'
import { DataTablePagination } from './data-table-pagination'
import { SelectAllHeaderCell, type DataTableSelection } from './data-table-selection'
import type { DataTableState } from './data-table-state'

export interface DataTableProps<TData extends RowData> {
  /** Names the table for assistive technology, e.g. "Audit log entries". */
  label: string
  /** Column definitions (see dataTableColumnHelper); keep the array stable: module scope or useMemo. */
  columns: DataTableColumn<TData>[]
  /** The current page's rows, already filtered, sorted and paged by the server; undefined until the first page arrives. */
  rows: TData[] | undefined
  /** How many rows match in all; null when the server cannot count them. */
  total: number | null | undefined
  getRowId: (row: TData) => string
  /** Page, page size, sort and hidden columns, as the route's search params hold them. */
  state: DataTableState
  /** Reports a change (page 1 is included when page size or sort changes); the route writes it to the URL. */
  onStateChange: (change: Partial<DataTableState>) => void
  pageSizes: readonly number[]
  /** Rows shown are the previous page's while the requested one loads. */
  isFetching?: boolean
  /** Set when the current page failed to load; replaces the rows with the error and a retry button. */
  error?: unknown
  onRetry?: () => void
  /** Shown when no row matches, e.g. a hint and a "Clear filters" button. */
  empty?: ReactNode
  /** Controls shown above the table, left of the column chooser. */
  toolbar?: ReactNode
  /** Classes for the outer element, e.g. `flex-1` to fill a flex column. */
  className?: string
  /** Classes for the scroll area under the sticky header, e.g. `max-h-none` when the table fills a fixed-height column. */
  scrollAreaClassName?: string
  /** Adds a checkbox column for selecting rows (bulk actions); the screen keeps the selection. */
  selection?: DataTableSelection<TData>
}

const NO_ROWS: never[] = []
const MAX_SKELETON_ROWS = 10

/**
 * The shared table for server-side lists: TanStack Table in manual mode (the server filters, sorts
 * and pages), controlled entirely by `state` so the URL stays the single source of truth.
 */
export function DataTable<TData extends RowData>(props: DataTableProps<TData>) {
  const { state, onStateChange } = props
  // Cell renderers format times in the chosen zone: re-render the rows (not remount) on a switch.
  useTimeDisplay()
  const pagination = useMemo<PaginationState>(() => ({ pageIndex: state.page - 1, pageSize: state.pageSize }), [state.page, state.pageSize])
  const sortId = state.sort?.id
  const sortDesc = state.sort?.desc
  const sorting = useMemo<SortingState>(() => (sortId === undefined ? [] : [{ id: sortId, desc: sortDesc ?? false }]), [sortId, sortDesc])
  const hiddenKey = state.hiddenColumns.join(',')
  const columnVisibility = useMemo<ColumnVisibilityState>(
    () => Object.fromEntries(hiddenKey.split(',').filter(Boolean).map((id) => [id, false])),
    [hiddenKey],
  )

  const table = useTable({
    features: dataTableFeatures,
    columns: props.columns,
    data: props.rows ?? NO_ROWS,
    getRowId: props.getRowId,
    manualPagination: true,
    manualSorting: true,
    autoResetPageIndex: false,
    rowCount: props.total ?? undefined,
    pageCount: props.total === null ? -1 : undefined,
    enableMultiSort: false,
    enableSortingRemoval: false,
    // Sorting is opt-in per column: the server has to support each sort key.
    defaultColumn: { enableSorting: false },
    state: { pagination, sorting, columnVisibility },
    onPaginationChange: (updater) => {
      const next = functionalUpdate(updater, pagination)
      onStateChange(next.pageSize !== pagination.pageSize ? { pageSize: next.pageSize, page: 1 } : { page: next.pageIndex + 1 })
    },
    onSortingChange: (updater) => {
      onStateChange({ sort: functionalUpdate(updater, sorting)[0] ?? null, page: 1 })
    },
    onColumnVisibilityChange: (updater) => {
      const next = functionalUpdate(updater, columnVisibility)
      onStateChange({ hiddenColumns: Object.keys(next).filter((id) => next[id] === false) })
    },
  })

  const loading = props.rows === undefined && !props.error
  const pastTheEnd = props.rows?.length === 0 && !!props.total && state.page > 1
  const empty = pastTheEnd ? (
    <div className="flex flex-col items-center gap-3">
      <p className="text-muted-foreground">Page {state.page} is past the end of the list.</p>
      <Button variant="outline" size="sm" onClick={() => table.firstPage()}>
        Go to the first page
      </Button>
    </div>
  ) : (
    (props.empty ?? <p className="text-muted-foreground">No rows.</p>)
  )

  return (
    <div className={cn('flex min-h-0 flex-col gap-3', props.className)}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="flex min-w-0 flex-wrap items-center gap-3">
          {props.toolbar}
          {props.isFetching && !loading && <Spinner aria-label="Updating the list" className="text-muted-foreground" />}
        </div>
        <DataTableColumnChooser table={table} />
      </div>
      {props.error && !props.isFetching ? (
        <DataTableError error={props.error} onRetry={props.onRetry} />
      ) : (
        <div className="flex min-h-0 flex-1 flex-col rounded-lg border">
          <Table
            aria-label={props.label}
            aria-busy={loading || props.isFetching || undefined}
            containerClassName={cn('max-h-[max(24rem,calc(100dvh-22rem))] min-h-0 flex-1 rounded-lg', props.scrollAreaClassName)}
            className={cn('transition-opacity', props.isFetching && !loading && 'opacity-60')}
          >
            <TableHeader className="sticky top-0 z-10 shadow-[inset_0_-1px_0_var(--border)] [&_tr]:border-b-0">
              {table.getHeaderGroups().map((group) => (
                <TableRow key={group.id} className="hover:bg-transparent">
                  {props.selection && (
                    <SelectAllHeaderCell
                      pageIds={(props.rows ?? NO_ROWS).map((row) => props.getRowId(row))}
                      selected={props.selection.selected}
                      onChange={props.selection.onChange}
                    />
                  )}
                  {group.headers.map((header) => (
                    <DataTableHeaderCell key={header.id} table={table} header={header} />
                  ))}
                </TableRow>
              ))}
            </TableHeader>
            <DataTableBody table={table} loading={loading} skeletonRows={Math.min(state.pageSize, MAX_SKELETON_ROWS)} empty={empty} selection={props.selection} />
          </Table>
        </div>
      )}
      {!props.error && (
        <DataTablePagination
          page={state.page}
          pageSize={state.pageSize}
          pageSizes={props.pageSizes}
          total={props.total ?? null}
          rowsOnPage={props.rows?.length}
          onPageChange={(page) => table.setPageIndex(page - 1)}
          onPageSizeChange={(pageSize) => table.setPageSize(pageSize)}
        />
      )}
    </div>
  )
}
