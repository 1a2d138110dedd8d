import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { useCallback } from 'react'
import { sessionHeaderQueryOptions, stepsPageQueryOptions } from '@/features/sws-player/api/player-queries'
import { PlayerScreen } from '@/features/sws-player/components/player-screen'
import { playerFilter, validatePlayerSearch, type PlayerSearch } from '@/features/sws-player/player-search'
import { pageOfIndex } from '@/features/sws-player/use-step-pages'
import { guardScreen } from '@/lib/route-guards'

/** The SWS session player: not nested in the sessions list, so the list is not rendered around it. */
export const Route = createFileRoute('/_authed/t/$tenant/sws/sessions_/$sessionId')({
  validateSearch: validatePlayerSearch,
  beforeLoad: guardScreen('sws.sessions'),
  // Only the step's own page and the filters matter to what is loaded first.
  loaderDeps: ({ search }) => ({ types: search.types, tab: search.tab, step: search.step }),
  loader: async ({ context, params, deps }) => {
    const { tenant, sessionId } = params as PlayerParams
    // Header (audited as a view) and the first page to show, side by side.
    const page = context.queryClient.prefetchQuery(stepsPageQueryOptions(tenant, sessionId, playerFilter(deps), pageOfIndex((deps.step ?? 1) - 1)))
    await Promise.all([context.queryClient.ensureQueryData(sessionHeaderQueryOptions(tenant, sessionId)), page])
  },
  component: PlayerPage,
})

// The router's generated types drop the `$sessionId` param of `sessions_` (non-nested) routes; it is there at run time.
type PlayerParams = { tenant: string; sessionId: string }

function PlayerPage() {
  const { tenant, sessionId } = Route.useParams() as PlayerParams
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  const onSearchChange = useCallback(
    (change: Partial<PlayerSearch>, options?: { replace?: boolean }) =>
      void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace, resetScroll: false }),
    [navigate],
  )
  return (
    <PlayerScreen
      // A different session is a new player (position, playback and search start afresh).
      key={sessionId}
      tenant={tenant}
      sessionId={sessionId}
      search={search}
      canExport={can(session.operator.grants, tenant, 'export.csv')}
      onSearchChange={onSearchChange}
    />
  )
}
