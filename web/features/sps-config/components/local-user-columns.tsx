import type { SpsLocalUser } from '@contract/sps-config'
import { Badge } from '@/components/ui/badge'
import { dataTableColumnHelper, type DataTableColumn } from '@/components/data-table/data-table-columns'
import { formatDateTime } from '@/lib/format-time'
import { PendingMarkBadge } from './pending-mark-badge'

const column = dataTableColumnHelper<SpsLocalUser>()

export function localUserColumns(actions: ((user: SpsLocalUser) => React.ReactNode) | null): DataTableColumn<SpsLocalUser>[] {
  return column.columns([
    column.accessor('name', {
      header: 'Username',
      enableSorting: true,
      enableHiding: false,
      meta: { label: 'Username', className: 'min-w-40 max-w-72', cellClassName: 'font-medium whitespace-normal break-words' },
      cell: (info) => (
        <div className="flex flex-wrap items-center gap-2">
          <span>{info.getValue()}</span>
          {info.row.original.builtIn && (
            <Badge variant="secondary" title="Built in, with every privilege; cannot be deleted">
              built in
            </Badge>
          )}
          <PendingMarkBadge mark={info.row.original.pending} />
        </div>
      ),
    }),
    column.accessor('groups', {
      header: 'Usergroups',
      meta: { label: 'Usergroups', cellClassName: 'whitespace-normal' },
      cell: (info) => {
        const groups: string[] = info.getValue()
        if (groups.length === 0) return <span className="text-muted-foreground">None</span>
        return (
          <ul className="flex flex-wrap gap-1" aria-label={`${groups.length} usergroups`}>
            {groups.map((group: string) => (
              <li key={group}>
                <Badge variant="outline" className="max-w-56 justify-start" title={group}>
                  <span className="truncate">{group}</span>
                </Badge>
              </li>
            ))}
          </ul>
        )
      },
    }),
    column.accessor('passwordChangedAt', {
      header: 'Password changed',
      meta: { label: 'Password changed', className: 'w-0', cellClassName: 'text-muted-foreground whitespace-nowrap' },
      cell: (info) => {
        const at = info.getValue()
        if (!info.row.original.hasPassword) return <span title="No local password (e.g. RADIUS)">No local password</span>
        return at ? (
          <time dateTime={at} title={at}>
            {formatDateTime(at)}
          </time>
        ) : (
          'Set'
        )
      },
    }),
    ...(actions
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            enableHiding: false,
            meta: { label: 'Actions', className: 'w-0 text-right' },
            cell: (info) => actions(info.row.original),
          }),
        ]
      : []),
  ])
}
