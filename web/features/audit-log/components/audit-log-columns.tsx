import type { AuditAction, AuditEntrySummary } from '@contract/audit-log'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { DateTime } from '@/components/date-time'
import { AUDIT_ACTION_LABELS } from '../audit-action-labels'
import { AuditResultBadge } from './audit-result-badge'

const column = dataTableColumnHelper<AuditEntrySummary>()

const none = (label: string) => (
  <span className="text-muted-foreground" title={label}>
    —<span className="sr-only">{label}</span>
  </span>
)

/** The audit log's columns; ids match AUDIT_LOG_COLUMN_IDS (the URL's `hide` list). */
export const AUDIT_LOG_COLUMNS = column.columns([
  column.accessor('seq', {
    header: '#',
    meta: { label: 'Entry number', className: 'w-0 text-right', cellClassName: 'tabular-nums text-muted-foreground' },
  }),
  column.accessor('at', {
    id: 'at',
    header: 'Time',
    enableSorting: true,
    enableHiding: false,
    sortDescFirst: true,
    meta: { label: 'Time', className: 'w-0' },
    cell: (info) => (
      <DateTime value={info.getValue()} withSeconds className="tabular-nums" />
    ),
  }),
  column.accessor('actor', {
    header: 'Actor',
    meta: { label: 'Actor', className: 'w-0', cellClassName: 'font-medium' },
  }),
  column.accessor('action', {
    header: 'Action',
    meta: { label: 'Action', className: 'w-0' },
    cell: (info) => {
      const action = info.getValue()
      const label = AUDIT_ACTION_LABELS[action as AuditAction] as string | undefined
      // Words read better in a list; the code (as in the filter and the CSV) is in the title.
      return label ? <abbr title={action} className="no-underline">{label}</abbr> : <code className="text-xs">{action}</code>
    },
  }),
  column.accessor('target', {
    header: 'Target',
    meta: { label: 'Target', className: 'min-w-32 max-w-64', cellClassName: 'whitespace-normal break-words' },
    cell: (info) => info.getValue() ?? none('No target'),
  }),
  column.accessor('tenantId', {
    id: 'tenant',
    header: 'Tenant',
    meta: { label: 'Tenant', className: 'w-0' },
    cell: (info) => info.getValue() ?? none('Console-wide'),
  }),
  column.accessor('result', {
    header: 'Result',
    meta: { label: 'Result', className: 'w-0' },
    cell: (info) => <AuditResultBadge result={info.getValue()} />,
  }),
  column.accessor('reason', {
    header: 'Reason',
    meta: { label: 'Reason', className: 'min-w-48', cellClassName: 'whitespace-normal break-words' },
    cell: (info) => info.getValue() ?? none('No reason given'),
  }),
  column.accessor('ip', {
    header: 'IP address',
    meta: { label: 'IP address', className: 'w-0', cellClassName: 'font-mono text-xs' },
  }),
  column.accessor('details', {
    header: 'Details',
    meta: { label: 'Details', className: 'min-w-64 max-w-md', cellClassName: 'whitespace-normal break-all font-mono text-xs' },
    cell: (info) => {
      const details = info.getValue()
      return details ? JSON.stringify(details) : none('No details')
    },
  }),
])
