import type { SpsPendingMark } from '@contract/sps-config'
import type { RowData } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import type { DataTableColumn } from '@/components/data-table/data-table-columns'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { Badge } from '@/components/ui/badge'
import { PendingMarkBadge } from './pending-mark-badge'

/** An object's name with its marks: a note badge (built in, in ACLs) and its pending change. */
export function NameWithMarks(props: { name: string; note: { label: string; title: string } | null; pending: SpsPendingMark }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span>{props.name}</span>
      {props.note && (
        <Badge variant="secondary" title={props.note.title}>
          {props.note.label}
        </Badge>
      )}
      <PendingMarkBadge mark={props.pending} />
    </div>
  )
}

/** Names as badges (a user's usergroups, a group's members), the first `shown` of them. */
export function NameBadges(props: { names: Array<{ name: string; title: string }>; noun: string; none: string; shown?: number }) {
  const { names, shown = names.length } = props
  if (names.length === 0) return <span className="text-muted-foreground">{props.none}</span>
  return (
    <ul className="flex flex-wrap gap-1" aria-label={`${names.length} ${props.noun}`}>
      {names.slice(0, shown).map((entry) => (
        <li key={entry.name}>
          <Badge variant="outline" className="max-w-56 justify-start" title={entry.title}>
            <span className="truncate">{entry.name}</span>
          </Badge>
        </li>
      ))}
      {names.length > shown && <li className="text-muted-foreground self-center text-xs">+{names.length - shown} more</li>}
    </ul>
  )
}

/** The row-actions column, present only for operators who may change the configuration. */
export function actionsColumns<Row extends RowData>(actions: ((row: Row) => ReactNode) | null): DataTableColumn<Row>[] {
  if (!actions) return []
  return [
    dataTableColumnHelper<Row>().display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      enableHiding: false,
      meta: { label: 'Actions', className: 'w-0 text-right' },
      cell: (info) => actions(info.row.original),
    }),
  ]
}
