import type { SpsUsergroup } from '@contract/sps-config'
import { Badge } from '@/components/ui/badge'
import { dataTableColumnHelper, type DataTableColumn } from '@/components/data-table/data-table-columns'
import { PendingMarkBadge } from './pending-mark-badge'

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
        <div className="flex flex-wrap items-center gap-2">
          <span>{info.getValue()}</span>
          {info.row.original.inAcls && (
            <Badge variant="secondary" title="Named in the ACLs: its privileges hang on this name">
              in ACLs
            </Badge>
          )}
          <PendingMarkBadge mark={info.row.original.pending} />
        </div>
      ),
    }),
    column.accessor('members', {
      header: 'Members',
      meta: { label: 'Members', cellClassName: 'whitespace-normal' },
      cell: (info) => {
        const members: SpsUsergroup['members'] = info.getValue()
        if (members.length === 0) return <span className="text-muted-foreground">No members</span>
        return (
          <ul className="flex flex-wrap gap-1" aria-label={`${members.length} members`}>
            {members.slice(0, SHOWN_MEMBERS).map((member) => (
              <li key={member.name}>
                <Badge variant="outline" className="max-w-56 justify-start" title={member.userKey ? member.name : `${member.name} (not a local user)`}>
                  <span className="truncate">{member.name}</span>
                </Badge>
              </li>
            ))}
            {members.length > SHOWN_MEMBERS && <li className="text-muted-foreground text-xs self-center">+{members.length - SHOWN_MEMBERS} more</li>}
          </ul>
        )
      },
    }),
    column.display({
      id: 'count',
      header: 'Count',
      meta: { label: 'Member count', className: 'w-0 text-right', cellClassName: 'tabular-nums text-muted-foreground' },
      cell: (info) => info.row.original.members.length,
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
