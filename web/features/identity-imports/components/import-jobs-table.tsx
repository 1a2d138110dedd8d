import type { ImportJobSummary } from '@contract/identity-imports'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { DateTime } from '@/components/date-time'
import { importJobsQueryOptions } from '../api/import-queries'
import { ImportJobStatusBadge } from './import-status-badges'

const column = dataTableColumnHelper<ImportJobSummary>()

const columns = (tenant: string) =>
  column.columns([
    column.accessor('fileName', {
      header: 'File',
      enableHiding: false,
      meta: { label: 'File', className: 'min-w-48', cellClassName: 'font-medium whitespace-normal break-all' },
      cell: (info) => (
        <Link to="/t/$tenant/identity/imports/$jobId" params={{ tenant, jobId: info.row.original.id }} className="underline-offset-4 hover:underline">
          {info.getValue()}
        </Link>
      ),
    }),
    column.accessor('createdAt', {
      header: 'Started',
      meta: { label: 'Started', className: 'w-0' },
      cell: (info) => (
        <DateTime value={info.getValue()} className="tabular-nums" />
      ),
    }),
    column.accessor('createdBy', { header: 'By', meta: { label: 'By', className: 'w-0' } }),
    column.display({ id: 'status', header: 'Status', meta: { label: 'Status', className: 'w-0' }, cell: (info) => <ImportJobStatusBadge job={info.row.original} /> }),
    column.display({
      id: 'outcome',
      header: 'Rows',
      meta: { label: 'Rows', className: 'w-0', cellClassName: 'tabular-nums' },
      cell: (info) => {
        const job = info.row.original
        return `${job.created.toLocaleString()} created · ${job.rejected.toLocaleString()} rejected · ${job.total.toLocaleString()} in all`
      },
    }),
  ])

/** Earlier imports of this tenant, newest first. */
export function ImportJobsTable({ tenant, page, onPageChange }: { tenant: string; page: number; onPageChange: (page: number) => void }) {
  const list = useQuery({ ...importJobsQueryOptions(tenant, page), placeholderData: keepPreviousData })
  return (
    <DataTable
      label="Imports"
      columns={columns(tenant)}
      {...queryTableProps(list)}
      getRowId={(job) => job.id}
      state={{ page, pageSize: 25, sort: null, hiddenColumns: [] }}
      onStateChange={(change) => change.page && onPageChange(change.page)}
      pageSizes={[25]}
      empty={<p className="text-muted-foreground">No imports yet.</p>}
    />
  )
}
