import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { spsAuditedSessionListQueryOptions } from '@/features/sps-audited-sessions/api/sps-audited-session-queries'
import { AuditedSessionsScreen } from '@/features/sps-audited-sessions/components/audited-sessions-screen'
import {
  spsAuditedListRequest,
  spsAuditedRangeProblem,
  validateSpsAuditedSessionsSearch,
} from '@/features/sps-audited-sessions/sps-audited-sessions-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/audited-sessions')({
  validateSearch: validateSpsAuditedSessionsSearch,
  beforeLoad: guardScreen('sps.audited-sessions'),
  // Only what the server is asked for: hiding a column does not reload the list.
  loaderDeps: ({ search }) => ({ request: spsAuditedListRequest(search), rangeProblem: spsAuditedRangeProblem(search) }),
  // A failed page is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    if (deps.rangeProblem) return
    await context.queryClient.ensureQueryData(spsAuditedSessionListQueryOptions(params.tenant, deps.request)).catch(() => undefined)
  },
  component: AuditedSessionsPage,
})

function AuditedSessionsPage() {
  const { tenant } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <AuditedSessionsScreen
      tenant={tenant}
      search={search}
      canExport={can(session.operator.grants, tenant, 'export.csv')}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
