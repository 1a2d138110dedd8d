import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { swsPolicyDetailQueryOptions, swsPolicyMembersQueryOptions } from '@/features/sws-policies/api/sws-policy-queries'
import { SwsPolicyDetailScreen } from '@/features/sws-policies/components/sws-policy-detail-screen'
import { swsPolicyMemberRequest, validateSwsPolicyMemberSearch } from '@/features/sws-policies/sws-policies-search'
import { guardScreen } from '@/lib/route-guards'

/** One SWS policy; the search params are the members table's. */
export const Route = createFileRoute('/_authed/t/$tenant/sws/policies_/$policyId')({
  validateSearch: validateSwsPolicyMemberSearch,
  // Wrapped: passing guardScreen(...) directly makes TypeScript infer this route's params as the parent's only.
  beforeLoad: (args) => guardScreen('sws.policies')(args),
  loaderDeps: ({ search }) => swsPolicyMemberRequest(search),
  // Failures are shown in the screen with a retry.
  loader: async ({ context, params, deps }) => {
    await Promise.all([
      context.queryClient.ensureQueryData(swsPolicyDetailQueryOptions(params.tenant, params.policyId)),
      context.queryClient.ensureQueryData(swsPolicyMembersQueryOptions(params.tenant, params.policyId, deps)),
    ]).catch(() => undefined)
  },
  component: SwsPolicyPage,
})

function SwsPolicyPage() {
  const { tenant, policyId } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <SwsPolicyDetailScreen
      tenant={tenant}
      policyId={policyId}
      canWrite={can(session.operator.grants, tenant, 'sws.policies.write')}
      search={search}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
