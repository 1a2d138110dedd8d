import type { SpsLocalUser } from '@contract/sps-config'
import { dataTableColumnHelper, type DataTableColumn } from '@/components/data-table/data-table-columns'
import { DateTime } from '@/components/date-time'
import { actionsColumns, NameBadges, NameWithMarks } from './config-table-cells'

const column = dataTableColumnHelper<SpsLocalUser>()

export function localUserColumns(actions: ((user: SpsLocalUser) => React.ReactNode) | null): DataTableColumn<SpsLocalUser>[] {
  return column.columns([
    column.accessor('name', {
      header: 'Username',
      enableSorting: true,
      enableHiding: false,
      meta: { label: 'Username', className: 'min-w-40 max-w-72', cellClassName: 'font-medium whitespace-normal break-words' },
      cell: (info) => (
        <NameWithMarks
          name={info.getValue()}
          note={info.row.original.builtIn ? { label: 'built in', title: 'Built in, with every privilege; cannot be deleted' } : null}
          pending={info.row.original.pending}
        />
      ),
    }),
    column.accessor('groups', {
      header: 'Usergroups',
      meta: { label: 'Usergroups', cellClassName: 'whitespace-normal' },
      cell: (info) => <NameBadges names={info.getValue().map((group: string) => ({ name: group, title: group }))} noun="usergroups" none="None" />,
    }),
    column.accessor('passwordChangedAt', {
      header: 'Password changed',
      meta: { label: 'Password changed', className: 'w-0', cellClassName: 'text-muted-foreground whitespace-nowrap' },
      cell: (info) => {
        const at = info.getValue()
        if (!info.row.original.hasPassword) return <span title="No local password (e.g. RADIUS)">No local password</span>
        return at ? (
          <DateTime value={at} />
        ) : (
          'Set'
        )
      },
    }),
    ...actionsColumns(actions),
  ])
}
