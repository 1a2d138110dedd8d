import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { useMemo } from 'react'
import { swsUserListQueryOptions } from '@/features/sws-users/api/sws-user-queries'
import { SwsUsersScreen } from '@/features/sws-users/components/sws-users-screen'
import { swsUserListRequest, validateSwsUsersSearch } from '@/features/sws-users/sws-users-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sws/users')({
  validateSearch: validateSwsUsersSearch,
  beforeLoad: guardScreen('sws.users'),
  loaderDeps: ({ search }) => swsUserListRequest(search),
  // A failed page is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    await context.queryClient.ensureQueryData(swsUserListQueryOptions(params.tenant, deps)).catch(() => undefined)
  },
  component: SwsUsersPage,
})

function SwsUsersPage() {
  const { tenant } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  const grants = session.operator.grants
  const canChangeStatus = can(grants, tenant, 'sws.users.status')
  const canDelete = can(grants, tenant, 'sws.users.delete')
  const permissions = useMemo(() => ({ canChangeStatus, canDelete }), [canChangeStatus, canDelete])
  return (
    <SwsUsersScreen
      tenant={tenant}
      search={search}
      permissions={permissions}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
