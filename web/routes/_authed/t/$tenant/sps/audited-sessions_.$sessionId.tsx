import { createFileRoute } from '@tanstack/react-router'
import { spsAuditedSessionQueryOptions } from '@/features/sps-audited-sessions/api/sps-audited-session-queries'
import { AuditedSessionDetailScreen } from '@/features/sps-audited-sessions/components/audited-session-detail-screen'
import { validateSpsAuditedSessionDetailSearch } from '@/features/sps-audited-sessions/sps-audited-session-detail-search'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/audited-sessions_/$sessionId')({
  validateSearch: validateSpsAuditedSessionDetailSearch,
  // Wrapped so guardScreen's loose `params: object` does not become this route's params type.
  beforeLoad: (args) => guardScreen('sps.audited-sessions')(args),
  // A session that cannot be read is shown by the screen, with a retry.
  loader: async ({ context, params }) => {
    await context.queryClient.ensureQueryData(spsAuditedSessionQueryOptions(params.tenant, params.sessionId)).catch(() => undefined)
  },
  component: AuditedSessionPage,
})

function AuditedSessionPage() {
  const { tenant, sessionId } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  return (
    <AuditedSessionDetailScreen
      tenant={tenant}
      sessionId={sessionId}
      search={search}
      onSearchChange={(change) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: true })}
    />
  )
}
