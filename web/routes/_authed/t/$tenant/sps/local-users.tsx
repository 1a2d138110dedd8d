import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { localUserListQueryOptions } from '@/features/sps-config/api/sps-config-queries'
import { LocalUsersScreen } from '@/features/sps-config/components/local-users-screen'
import { spsConfigListRequest, validateSpsConfigSearch } from '@/features/sps-config/sps-config-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/local-users')({
  validateSearch: validateSpsConfigSearch,
  beforeLoad: guardScreen('sps.local-users'),
  loaderDeps: ({ search }) => spsConfigListRequest(search),
  loader: async ({ context, params, deps }) => {
    await context.queryClient.ensureQueryData(localUserListQueryOptions(params.tenant, deps)).catch(() => undefined)
  },
  component: LocalUsersPage,
})

function LocalUsersPage() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { tenant } = Route.useParams()
  const { session } = Route.useRouteContext()
  return (
    <LocalUsersScreen
      tenantId={tenant}
      search={search}
      canWrite={can(session.operator.grants, tenant, 'sps.local-users.write')}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
