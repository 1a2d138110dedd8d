import { createFileRoute } from '@tanstack/react-router'
import { spsChannelPoliciesQueryOptions, spsTimePoliciesQueryOptions } from '@/features/sps-policies/api/sps-policy-queries'
import { SpsPoliciesScreen } from '@/features/sps-policies/components/sps-policies-screen'
import { currentTab, validateSpsPoliciesSearch } from '@/features/sps-policies/sps-policies-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/policies')({
  validateSearch: validateSpsPoliciesSearch,
  beforeLoad: guardScreen('sps.policies'),
  loaderDeps: ({ search }) => ({ tab: currentTab(search) }),
  // A failed list is shown by the tab, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    const loading =
      deps.tab === 'time'
        ? context.queryClient.ensureQueryData(spsTimePoliciesQueryOptions(params.tenant))
        : context.queryClient.ensureQueryData(spsChannelPoliciesQueryOptions(params.tenant, deps.tab))
    await loading.catch(() => undefined)
  },
  component: SpsPoliciesPage,
})

function SpsPoliciesPage() {
  const { tenant } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return <SpsPoliciesScreen tenant={tenant} search={search} onSearchChange={(change) => void navigate({ search: (previous) => ({ ...previous, ...change }) })} />
}
