import { useQuery } from '@tanstack/react-query'
import { Link, useCanGoBack, useRouter } from '@tanstack/react-router'
import { ArrowLeft } from 'lucide-react'
import { DataTableError } from '@/components/data-table/data-table-error'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { Skeleton } from '@/components/ui/skeleton'
import { formatDateTime } from '@/lib/format-time'
import { useTimeDisplay } from '@/lib/time-display'
import { spsAuditedSessionQueryOptions } from '../api/sps-audited-session-queries'
import type { SpsAuditedSessionDetailSearch } from '../sps-audited-session-detail-search'
import { AuditTrailCard } from './audit-trail-card'
import { SessionChannels } from './session-channels'
import { SessionContentSearch } from './session-content-search'
import { SessionEvents } from './session-events'
import { SessionFacts } from './session-facts'

export interface AuditedSessionDetailScreenProps {
  tenant: string
  sessionId: string
  search: SpsAuditedSessionDetailSearch
  onSearchChange: (change: Partial<SpsAuditedSessionDetailSearch>) => void
}

/** One audited session: facts, audit trail and its downloads, channels, content search, events. */
export function AuditedSessionDetailScreen({ tenant, sessionId, search, onSearchChange }: AuditedSessionDetailScreenProps) {
  const detail = useQuery(spsAuditedSessionQueryOptions(tenant, sessionId))
  useTimeDisplay() // the description names the start time in the chosen zone
  const session = detail.data
  const description = session
    ? `${session.gatewayUsername ?? 'Unknown user'} from ${session.client.name ?? session.client.ip ?? 'an unknown client'} to ${session.server.name ?? session.server.ip ?? 'an unknown server'}${session.startedAt ? `, started ${formatDateTime(session.startedAt)}` : ''}.`
    : undefined

  return (
    <>
      <BackToList tenant={tenant} />
      <PageHeader area="Safeguard SPS · Audited sessions" title={session ? `${session.protocol ?? 'Session'} session` : 'Audited session'} description={description} />
      {detail.error ? (
        <DataTableError error={detail.error} onRetry={() => void detail.refetch()} />
      ) : !session ? (
        <div className="grid gap-4 lg:grid-cols-3" aria-busy="true">
          <Skeleton className="h-72 lg:col-span-2" />
          <Skeleton className="h-72" />
        </div>
      ) : (
        <div className="flex flex-col gap-4">
          <div className="grid items-start gap-4 lg:grid-cols-3">
            <div className="lg:col-span-2">
              <SessionFacts session={session} />
            </div>
            <AuditTrailCard tenant={tenant} sessionId={sessionId} available={session.trailAvailable} />
          </div>
          <SessionChannels tenant={tenant} sessionId={sessionId} />
          <SessionContentSearch tenant={tenant} sessionId={sessionId} q={search.q} indexStatus={session.indexStatus} onSearch={(q) => onSearchChange({ q })} />
          <SessionEvents tenant={tenant} sessionId={sessionId} page={search.eventsPage ?? 1} onPage={(page) => onSearchChange({ eventsPage: page > 1 ? page : undefined })} />
        </div>
      )}
    </>
  )
}

/** Back to the list as it was (its filters are in the URL history), or to the plain list on a fresh tab. */
function BackToList({ tenant }: { tenant: string }) {
  const router = useRouter()
  const canGoBack = useCanGoBack()
  const label = (
    <>
      <ArrowLeft aria-hidden />
      Audited sessions
    </>
  )
  return (
    <div className="mb-2">
      {canGoBack ? (
        <Button variant="ghost" size="sm" className="-ml-2" onClick={() => router.history.back()}>
          {label}
        </Button>
      ) : (
        <Button variant="ghost" size="sm" className="-ml-2" asChild>
          <Link to="/t/$tenant/sps/audited-sessions" params={{ tenant }}>
            {label}
          </Link>
        </Button>
      )}
    </div>
  )
}
