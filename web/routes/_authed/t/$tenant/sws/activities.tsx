import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { swsActivityListQueryOptions } from '@/features/sws-activities/api/sws-activity-queries'
import { SwsActivitiesScreen } from '@/features/sws-activities/components/sws-activities-screen'
import { swsActivitiesProblem, swsActivityListRequest, validateSwsActivitiesSearch } from '@/features/sws-activities/sws-activities-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sws/activities')({
  validateSearch: validateSwsActivitiesSearch,
  beforeLoad: guardScreen('sws.activities'),
  loaderDeps: ({ search }) => ({ request: swsActivityListRequest(search), problem: swsActivitiesProblem(search) }),
  // A failed page is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    if (deps.problem) return
    await context.queryClient.ensureQueryData(swsActivityListQueryOptions(params.tenant, deps.request)).catch(() => undefined)
  },
  component: SwsActivitiesPage,
})

function SwsActivitiesPage() {
  const { tenant } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <SwsActivitiesScreen
      tenant={tenant}
      search={search}
      canExport={can(session.operator.grants, tenant, 'export.csv')}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
