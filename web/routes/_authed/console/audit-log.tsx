import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { auditLogListQueryOptions } from '@/features/audit-log/api/audit-log-queries'
import { auditLogListRequest, auditLogRangeProblem, validateAuditLogSearch } from '@/features/audit-log/audit-log-search'
import { AuditLogScreen } from '@/features/audit-log/components/audit-log-screen'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/console/audit-log')({
  validateSearch: validateAuditLogSearch,
  beforeLoad: guardScreen('console.audit-log'),
  // Only what the server is asked for: hiding a column does not reload the list.
  loaderDeps: ({ search }) => auditLogListRequest(search),
  // A failed page is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, deps }) => {
    if (auditLogRangeProblem(deps)) return
    await context.queryClient.ensureQueryData(auditLogListQueryOptions(deps)).catch(() => undefined)
  },
  component: AuditLogPage,
})

function AuditLogPage() {
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <AuditLogScreen
      search={search}
      canExport={can(session.operator.grants, null, 'export.csv')}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
    />
  )
}
