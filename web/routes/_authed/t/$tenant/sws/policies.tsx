import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { swsPolicyListQueryOptions } from '@/features/sws-policies/api/sws-policy-queries'
import { SwsPoliciesScreen } from '@/features/sws-policies/components/sws-policies-screen'
import { swsPolicyListRequest, validateSwsPolicyListSearch } from '@/features/sws-policies/sws-policies-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sws/policies')({
  validateSearch: validateSwsPolicyListSearch,
  beforeLoad: guardScreen('sws.policies'),
  loaderDeps: ({ search }) => swsPolicyListRequest(search),
  // A failed page is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    await context.queryClient.ensureQueryData(swsPolicyListQueryOptions(params.tenant, deps)).catch(() => undefined)
  },
  component: SwsPoliciesPage,
})

function SwsPoliciesPage() {
  const { tenant } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <SwsPoliciesScreen
      tenant={tenant}
      canWrite={can(session.operator.grants, tenant, 'sws.policies.write')}
      search={search}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
