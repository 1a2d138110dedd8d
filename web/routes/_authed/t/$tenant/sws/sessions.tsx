import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { swsSessionListQueryOptions } from '@/features/sws-sessions/api/sws-session-queries'
import { SwsSessionsScreen } from '@/features/sws-sessions/components/sws-sessions-screen'
import { swsSessionListRequest, swsSessionsProblem, validateSwsSessionsSearch } from '@/features/sws-sessions/sws-sessions-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sws/sessions')({
  validateSearch: validateSwsSessionsSearch,
  beforeLoad: guardScreen('sws.sessions'),
  // Only what the server is asked for: hiding a column does not reload the list.
  loaderDeps: ({ search }) => ({ request: swsSessionListRequest(search), problem: swsSessionsProblem(search) }),
  // A failed page is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    if (deps.problem) return
    await context.queryClient.ensureQueryData(swsSessionListQueryOptions(params.tenant, deps.request)).catch(() => undefined)
  },
  component: SwsSessionsPage,
})

function SwsSessionsPage() {
  const { tenant } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <SwsSessionsScreen
      tenant={tenant}
      search={search}
      canExport={can(session.operator.grants, tenant, 'export.csv')}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
