import type { SwsPolicySummary } from '@contract/sws-policies'
import { Link } from '@tanstack/react-router'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { Button } from '@/components/ui/button'
import { PolicyStatusBadge } from './policy-status-badge'

const column = dataTableColumnHelper<SwsPolicySummary>()

const none = (label: string) => (
  <span className="text-muted-foreground" title={label}>
    —<span className="sr-only">{label}</span>
  </span>
)

/** Policy list columns; ids match SWS_POLICY_COLUMN_IDS. `onToggle` only for operators who may change status. */
export function swsPolicyColumns(tenant: string, onToggle: ((policy: SwsPolicySummary) => void) | undefined) {
  return column.columns([
    column.accessor('name', {
      header: 'Policy',
      enableHiding: false,
      meta: { label: 'Policy', className: 'min-w-48 max-w-80', cellClassName: 'whitespace-normal break-words font-medium' },
      cell: (info) => (
        <Link to="/t/$tenant/sws/policies/$policyId" params={{ tenant, policyId: info.row.original.id }} className="underline-offset-4 hover:underline">
          {info.getValue()}
        </Link>
      ),
    }),
    column.accessor('description', {
      header: 'Description',
      meta: { label: 'Description', className: 'min-w-48', cellClassName: 'whitespace-normal break-words text-muted-foreground' },
      cell: (info) => info.getValue() || none('No description'),
    }),
    column.accessor('appKey', {
      header: 'App key',
      meta: { label: 'App key', className: 'w-0', cellClassName: 'font-mono text-xs' },
      cell: (info) => info.getValue() ?? none('No app key'),
    }),
    column.accessor('active', {
      header: 'Status',
      meta: { label: 'Status', className: 'w-0' },
      cell: (info) => <PolicyStatusBadge active={info.getValue()} />,
    }),
    ...(onToggle
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            enableHiding: false,
            meta: { label: 'Actions', className: 'w-0 text-right' },
            cell: (info) => {
              const policy = info.row.original
              return (
                <Button variant="ghost" size="sm" className="-my-1.5" onClick={() => onToggle(policy)} aria-label={`${policy.active ? 'Deactivate' : 'Activate'} ${policy.name}`}>
                  {policy.active ? 'Deactivate…' : 'Activate…'}
                </Button>
              )
            },
          }),
        ]
      : []),
  ])
}
