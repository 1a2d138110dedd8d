import type { SwsActivitySummary } from '@contract/sws-activities'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { DateTime } from '@/components/date-time'
import { activityTypeLabel } from '../sws-activities-search'

const column = dataTableColumnHelper<SwsActivitySummary>()

const none = (label: string) => (
  <span className="text-muted-foreground" title={label}>
    —<span className="sr-only">{label}</span>
  </span>
)

/** The activities table's columns; ids match SWS_ACTIVITY_COLUMN_IDS. Only time sorts (newest or oldest first). */
export const SWS_ACTIVITY_COLUMNS = column.columns([
  column.accessor('at', {
    id: 'at',
    header: 'Time',
    enableSorting: true,
    enableHiding: false,
    sortDescFirst: true,
    meta: { label: 'Time', className: 'w-0' },
    cell: (info) => {
      const value = info.getValue()
      return value ? (
        <DateTime value={value} withSeconds className="tabular-nums" />
      ) : (
        none('No time')
      )
    },
  }),
  column.accessor('type', {
    header: 'Activity',
    meta: { label: 'Activity', className: 'min-w-32 max-w-52', cellClassName: 'whitespace-normal' },
    cell: (info) => (
      <abbr title={info.getValue()} className="no-underline">
        {activityTypeLabel(info.getValue())}
      </abbr>
    ),
  }),
  column.accessor((activity) => activity.initiator.name ?? '', {
    id: 'initiator',
    header: 'Initiated by',
    meta: { label: 'Initiated by', className: 'min-w-36 max-w-60', cellClassName: 'whitespace-normal break-words font-medium' },
    cell: (info) => info.getValue() || none('Not recorded'),
  }),
  column.accessor((activity) => activity.initiator.role ?? '', {
    id: 'role',
    header: 'Role',
    meta: { label: 'Role', className: 'w-0' },
    cell: (info) => info.getValue() || none('Not recorded'),
  }),
  column.accessor('details', {
    header: 'Details',
    meta: { label: 'Details', className: 'min-w-72', cellClassName: 'whitespace-normal' },
    cell: (info) => {
      const entries = Object.entries(info.getValue())
      if (entries.length === 0) return none('No details')
      return (
        <dl className="grid grid-cols-[auto_1fr] gap-x-2 text-xs">
          {entries.map(([key, value]) => (
            <div key={key} className="contents">
              <dt className="text-muted-foreground">{key}</dt>
              <dd className="min-w-0 break-all">{value}</dd>
            </div>
          ))}
        </dl>
      )
    },
  }),
  column.accessor('id', {
    header: 'Activity id',
    meta: { label: 'Activity id', className: 'w-0', cellClassName: 'font-mono text-xs' },
  }),
])
