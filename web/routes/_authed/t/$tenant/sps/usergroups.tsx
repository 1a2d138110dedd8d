import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { usergroupListQueryOptions } from '@/features/sps-config/api/sps-config-queries'
import { UsergroupsScreen } from '@/features/sps-config/components/usergroups-screen'
import { spsConfigListRequest, validateSpsConfigSearch } from '@/features/sps-config/sps-config-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/usergroups')({
  validateSearch: validateSpsConfigSearch,
  beforeLoad: guardScreen('sps.usergroups'),
  loaderDeps: ({ search }) => spsConfigListRequest(search),
  // A failed list is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    await context.queryClient.ensureQueryData(usergroupListQueryOptions(params.tenant, deps)).catch(() => undefined)
  },
  component: UsergroupsPage,
})

function UsergroupsPage() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { tenant } = Route.useParams()
  const { session } = Route.useRouteContext()
  return (
    <UsergroupsScreen
      tenantId={tenant}
      search={search}
      canWrite={can(session.operator.grants, tenant, 'sps.usergroups.write')}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
