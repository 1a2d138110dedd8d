import type { SwsUserSummary } from '@contract/sws-users'
import { Link } from '@tanstack/react-router'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { DateTime } from '@/components/date-time'
import { SwsUserActionsMenu, type SwsUserPermissions } from './sws-user-actions-menu'
import { SwsUserStatusBadge } from './sws-user-status-badge'

const column = dataTableColumnHelper<SwsUserSummary>()

const none = (label: string) => (
  <span className="text-muted-foreground" title={label}>
    —<span className="sr-only">{label}</span>
  </span>
)

/** The users table's columns; ids match SWS_USER_COLUMN_IDS (the URL's `hide` list). */
export function swsUserColumns(tenant: string, permissions: SwsUserPermissions) {
  return column.columns([
    column.accessor('fullName', {
      header: 'Name',
      enableHiding: false,
      meta: { label: 'Name', className: 'min-w-40 max-w-72', cellClassName: 'whitespace-normal break-words font-medium' },
      cell: (info) => (
        <Link to="/t/$tenant/sws/users/$userId" params={{ tenant, userId: info.row.original.id }} className="hover:underline focus-visible:underline">
          {info.getValue() || info.row.original.username || info.row.original.id}
        </Link>
      ),
    }),
    column.accessor('username', {
      header: 'Login',
      meta: { label: 'Login', className: 'min-w-40 max-w-72', cellClassName: 'whitespace-normal break-all' },
    }),
    column.accessor('role', {
      header: 'Role',
      meta: { label: 'Role', className: 'w-0' },
      cell: (info) => info.getValue() || none('No role'),
    }),
    column.accessor('status', {
      header: 'Status',
      meta: { label: 'Status', className: 'w-0' },
      cell: (info) => <SwsUserStatusBadge status={info.getValue()} />,
    }),
    column.accessor('lastLogin', {
      header: 'Last sign-in',
      meta: { label: 'Last sign-in', className: 'w-0' },
      cell: (info) => {
        const value = info.getValue()
        return value ? (
          <DateTime value={value} className="tabular-nums" />
        ) : (
          none('Never signed in')
        )
      },
    }),
    column.accessor('invitedBy', {
      header: 'Invited by',
      meta: { label: 'Invited by', className: 'min-w-32 max-w-64', cellClassName: 'whitespace-normal break-all' },
      cell: (info) => info.getValue() || none('Not recorded'),
    }),
    column.accessor((user) => [user.phoneModel, user.phoneNumber].filter(Boolean).join(' · '), {
      id: 'phone',
      header: 'Phone',
      meta: { label: 'Phone', className: 'w-0' },
      cell: (info) => info.getValue() || none('No phone registered'),
    }),
    column.accessor('appVersion', {
      header: 'App version',
      meta: { label: 'App version', className: 'w-0', cellClassName: 'tabular-nums' },
      cell: (info) => info.getValue() || none('Unknown'),
    }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      enableHiding: false,
      meta: { label: 'Actions', className: 'w-0 text-right' },
      cell: (info) => <SwsUserActionsMenu tenant={tenant} user={info.row.original} permissions={permissions} />,
    }),
  ])
}
