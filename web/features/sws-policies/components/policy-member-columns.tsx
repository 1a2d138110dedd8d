import type { SwsPolicyMember } from '@contract/sws-policies'
import { Pencil } from 'lucide-react'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { SecurityLayerList } from './security-layer-list'

const column = dataTableColumnHelper<SwsPolicyMember>()

/** Member columns; ids match SWS_POLICY_MEMBER_COLUMN_IDS. `onEdit` is given only to operators who may change layers. */
export function policyMemberColumns(onEdit: ((member: SwsPolicyMember) => void) | undefined) {
  return column.columns([
    column.accessor('name', {
      header: 'Member',
      enableHiding: false,
      meta: { label: 'Member', className: 'min-w-48', cellClassName: 'font-medium whitespace-normal [overflow-wrap:anywhere]' },
    }),
    column.accessor('type', {
      header: 'Type',
      meta: { label: 'Type', className: 'w-0' },
      cell: (info) => <Badge variant="outline">{info.getValue()}</Badge>,
    }),
    column.accessor('securityLayers', {
      header: 'Own security layers',
      meta: { label: 'Own security layers', className: 'min-w-64', cellClassName: 'whitespace-normal' },
      cell: (info) => <SecurityLayerList layers={info.getValue()} />,
    }),
    ...(onEdit
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            enableHiding: false,
            meta: { label: 'Actions', className: 'w-0 text-right' },
            cell: (info) => (
              <Button variant="ghost" size="sm" className="-my-1.5" onClick={() => onEdit(info.row.original)} aria-label={`Edit layers of ${info.row.original.name}`}>
                <Pencil aria-hidden />
                Edit layers
              </Button>
            ),
          }),
        ]
      : []),
  ])
}
