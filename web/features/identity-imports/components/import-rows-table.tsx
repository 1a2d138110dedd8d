import { IMPORT_PAGE_SIZES, IMPORT_ROW_FILTERS, type ImportRowFilter, type ImportRowOutcome } from '@contract/identity-imports'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { Button } from '@/components/ui/button'
import { importRowsQueryOptions } from '../api/import-queries'
import { ImportRowStatusBadge } from './import-status-badges'

const column = dataTableColumnHelper<ImportRowOutcome>()

const none = <span className="text-muted-foreground">—</span>

const COLUMNS = column.columns([
  column.accessor('line', { header: 'Line', meta: { label: 'Line', className: 'w-0 text-right', cellClassName: 'tabular-nums text-muted-foreground' } }),
  column.accessor('username', { header: 'Login name', enableHiding: false, meta: { label: 'Login name', className: 'min-w-48', cellClassName: 'font-medium break-all whitespace-normal' } }),
  column.accessor('email', { header: 'E-mail', meta: { label: 'E-mail', className: 'min-w-40', cellClassName: 'break-all whitespace-normal' } }),
  column.accessor('status', { header: 'Outcome', meta: { label: 'Outcome', className: 'w-0' }, cell: (info) => <ImportRowStatusBadge status={info.getValue()} /> }),
  column.accessor('message', { header: 'Reason or note', meta: { label: 'Reason or note', className: 'min-w-64', cellClassName: 'whitespace-normal break-words' }, cell: (info) => info.getValue() ?? none }),
  column.accessor('userUuid', { header: 'User id', meta: { label: 'User id', className: 'w-0', cellClassName: 'font-mono text-xs' }, cell: (info) => info.getValue() ?? none }),
])

export const IMPORT_ROW_FILTER_LABELS: Record<ImportRowFilter, string> = {
  all: 'All rows',
  created: 'Created',
  rejected: 'Rejected',
  remaining: 'Not done yet',
  cancelled: 'Cancelled',
}

export interface ImportRowsView {
  status: ImportRowFilter
  page: number
  pageSize: (typeof IMPORT_PAGE_SIZES)[number]
}

/** Every row's outcome, filtered by outcome, paged on the server. */
export function ImportRowsTable(props: { tenant: string; jobId: string; running: boolean; view: ImportRowsView; onViewChange: (change: Partial<ImportRowsView>) => void }) {
  const { view } = props
  const request = { status: view.status, page: String(view.page), pageSize: String(view.pageSize) as '50' }
  const rows = useQuery({ ...importRowsQueryOptions(props.tenant, props.jobId, request, props.running), placeholderData: keepPreviousData })
  return (
    <DataTable
      label="Import report"
      columns={COLUMNS}
      {...queryTableProps(rows)}
      getRowId={(row) => String(row.line)}
      state={{ page: view.page, pageSize: view.pageSize, sort: null, hiddenColumns: [] }}
      onStateChange={(change) => props.onViewChange({ ...(change.page ? { page: change.page } : {}), ...(change.pageSize ? { pageSize: change.pageSize as ImportRowsView['pageSize'], page: 1 } : {}) })}
      pageSizes={IMPORT_PAGE_SIZES}
      toolbar={
        <div role="group" aria-label="Show rows" className="flex flex-wrap gap-1">
          {IMPORT_ROW_FILTERS.map((filter) => (
            <Button key={filter} size="sm" variant={view.status === filter ? 'secondary' : 'ghost'} aria-pressed={view.status === filter} onClick={() => props.onViewChange({ status: filter, page: 1 })}>
              {IMPORT_ROW_FILTER_LABELS[filter]}
            </Button>
          ))}
        </div>
      }
      empty={<p className="text-muted-foreground">No rows with this outcome.</p>}
    />
  )
}
