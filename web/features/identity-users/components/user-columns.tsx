import type { IdentityUserSummary } from '@contract/identity-users'
import { useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { dataTableColumnHelper, type DataTableColumn } from '@/components/data-table/data-table-columns'
import { userSignalsQueryOptions } from '../api/identity-user-queries'
import type { UserPermissions } from '../user-permissions'
import { UserRowActions } from './user-actions-menu'
import { RiskBadge, SignInBadges, UserStatusBadge } from './user-state-badges'

const column = dataTableColumnHelper<IdentityUserSummary>()

// Lock-out by policy and risk are read per visible row, after the rows (see userSignalsQueryOptions).
function useSignals(tenant: string, id: string) {
  return useQuery(userSignalsQueryOptions(tenant, id))
}

function SignInCell({ tenant, user }: { tenant: string; user: IdentityUserSummary }) {
  const signals = useSignals(tenant, user.id)
  return <SignInBadges locked={user.locked} enabled={user.enabled} signals={signals.data} loading={signals.isPending} failed={signals.isError} />
}

function RiskCell({ tenant, user }: { tenant: string; user: IdentityUserSummary }) {
  const signals = useSignals(tenant, user.id)
  return <RiskBadge level={signals.data?.riskLevel} loading={signals.isPending} failed={signals.isError} />
}

export function userColumns(tenant: string, permissions: UserPermissions): DataTableColumn<IdentityUserSummary>[] {
  return [
    column.accessor('displayName', {
      header: 'Name',
      enableSorting: true,
      enableHiding: false,
      meta: { label: 'Name', className: 'min-w-48 max-w-80', cellClassName: 'whitespace-normal' },
      // The login sits under the name: the pair is how people tell users apart.
      cell: ({ row }) => (
        <div className="min-w-0">
          <Link
            to="/t/$tenant/identity/users/$userId"
            params={{ tenant, userId: row.original.id }}
            className="text-foreground font-medium break-words underline-offset-4 hover:underline focus-visible:underline"
          >
            {row.original.displayName}
          </Link>
          <p className="text-muted-foreground text-xs break-all">{row.original.username}</p>
        </div>
      ),
    }),
    column.accessor('username', {
      header: 'Login',
      enableSorting: true,
      meta: {
        label: 'Login',
        className: 'max-w-72',
        cellClassName: 'break-all',
      },
    }),
    column.accessor('email', {
      header: 'E-mail',
      enableSorting: true,
      meta: {
        label: 'E-mail',
        className: 'max-w-72',
        cellClassName: 'break-all',
      },
      cell: ({ getValue }) => getValue() ?? <span className="text-muted-foreground">—</span>,
    }),
    column.accessor('status', {
      header: 'Status',
      enableSorting: true,
      meta: { label: 'Status' },
      cell: ({ getValue }) => <UserStatusBadge status={getValue()} />,
    }),
    column.display({
      id: 'signIn',
      header: 'Sign-in blocked by',
      meta: { label: 'Sign-in blocked by', className: 'min-w-40' },
      cell: ({ row }) => <SignInCell tenant={tenant} user={row.original} />,
    }),
    column.display({
      id: 'risk',
      header: 'Risk',
      meta: { label: 'Risk' },
      cell: ({ row }) => <RiskCell tenant={tenant} user={row.original} />,
    }),
    column.accessor('directory', {
      header: 'Directory',
      meta: { label: 'Directory' },
    }),
    column.accessor('description', {
      header: 'Description',
      meta: {
        label: 'Description',
        className: 'max-w-80',
        cellClassName: 'break-words text-muted-foreground',
      },
      cell: ({ getValue }) => getValue() ?? '—',
    }),
    column.display({
      id: 'actions',
      header: () => <span className="sr-only">Actions</span>,
      enableHiding: false,
      meta: { label: 'Actions', className: 'w-12 text-right' },
      cell: ({ row }) => <UserRowActions tenant={tenant} user={row.original} permissions={permissions} />,
    }),
  ]
}
