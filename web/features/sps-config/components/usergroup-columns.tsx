import type { SpsUsergroup } from '@contract/sps-config'
import { dataTableColumnHelper, type DataTableColumn } from '@/components/data-table/data-table-columns'
import { actionsColumns, NameBadges, NameWithMarks } from './config-table-cells'

const column = dataTableColumnHelper<SpsUsergroup>()
const SHOWN_MEMBERS = 8

export function usergroupColumns(actions: ((group: SpsUsergroup) => React.ReactNode) | null): DataTableColumn<SpsUsergroup>[] {
  return column.columns([
    column.accessor('name', {
      header: 'Name',
      enableSorting: true,
      enableHiding: false,
      meta: { label: 'Name', className: 'min-w-40 max-w-72', cellClassName: 'font-medium whitespace-normal break-words' },
      cell: (info) => (
        <NameWithMarks
          name={info.getValue()}
          note={info.row.original.inAcls ? { label: 'in ACLs', title: 'Named in the ACLs: its privileges hang on this name' } : null}
          pending={info.row.original.pending}
        />
      ),
    }),
    column.accessor('members', {
      header: 'Members',
      meta: { label: 'Members', cellClassName: 'whitespace-normal' },
      cell: (info) => {
        const members: SpsUsergroup['members'] = info.getValue()
        const names = members.map((member) => ({ name: member.name, title: member.userKey ? member.name : `${member.name} (not a local user)` }))
        return <NameBadges names={names} noun="members" none="No members" shown={SHOWN_MEMBERS} />
      },
    }),
    column.display({
      id: 'count',
      header: 'Count',
      meta: { label: 'Member count', className: 'w-0 text-right', cellClassName: 'tabular-nums text-muted-foreground' },
      cell: (info) => info.row.original.members.length,
    }),
    ...actionsColumns(actions),
  ])
}
