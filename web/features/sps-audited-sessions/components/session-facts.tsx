import type { SpsAuditedSessionDetail, SpsEndpoint } from '@contract/sps-audited-sessions'
import type { ReactNode } from 'react'
import { Card, CardContent, CardHeader, CardTitle } from '@/components/ui/card'
import { DateTime } from '@/components/date-time'
import { formatDuration } from '../format-duration'
import { VerdictBadge } from './verdict-badge'

const endpointText = (endpoint: SpsEndpoint) =>
  [endpoint.name, endpoint.ip ? `${endpoint.ip}${endpoint.port !== null ? `:${endpoint.port}` : ''}` : null].filter(Boolean).join(' · ') || '—'

const yesNo = (value: boolean | null) => (value === null ? '—' : value ? 'Yes' : 'No')

/** What SPS recorded about a session: who, from where, to where, when, and under which policies. */
export function SessionFacts({ session }: { session: SpsAuditedSessionDetail }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle>Session</CardTitle>
      </CardHeader>
      <CardContent>
        <dl className="grid grid-cols-1 gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
          <Fact label="User on the gateway">{session.gatewayUsername ?? '—'}</Fact>
          <Fact label="User on the server">{session.serverUsername ?? '—'}</Fact>
          <Fact label="Client">{endpointText(session.client)}</Fact>
          <Fact label="Server (target)">{endpointText(session.server)}</Fact>
          <Fact label="Protocol">{session.protocol ?? '—'}</Fact>
          <Fact label="Verdict">
            <VerdictBadge verdict={session.verdict} active={session.active} />
          </Fact>
          <Fact label="Started">{session.startedAt ? <DateTime value={session.startedAt} withSeconds /> : '—'}</Fact>
          <Fact label="Ended">{session.active ? 'Still running' : session.endedAt ? <DateTime value={session.endedAt} withSeconds /> : '—'}</Fact>
          <Fact label="Duration">{formatDuration(session.durationSeconds)}</Fact>
          <Fact label="Authentication">{session.authMethod ?? '—'}</Fact>
          <Fact label="Connection policy">{session.connectionPolicy ?? '—'}</Fact>
          <Fact label="Channel policy">{session.channelPolicy ?? '—'}</Fact>
          <Fact label="SPS address used">{endpointText(session.applianceAddress)}</Fact>
          <Fact label="Indexing">{session.indexStatus ?? '—'}</Fact>
          <Fact label="Archived">{yesNo(session.archived)}</Fact>
          <Fact label="Commands extracted">{yesNo(session.commandExtracted)}</Fact>
          <Fact label="SPS session id" wide>
            <code className="font-mono text-xs break-all">{session.sessionId ?? '—'}</code>
          </Fact>
          <Fact label="Recording id" wide>
            <code className="font-mono text-xs break-all">{session.id}</code>
          </Fact>
        </dl>
      </CardContent>
    </Card>
  )
}

function Fact({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <div className={wide ? 'min-w-0 sm:col-span-2' : 'min-w-0'}>
      <dt className="text-muted-foreground text-xs font-medium">{label}</dt>
      <dd className="mt-0.5 break-words">{children}</dd>
    </div>
  )
}
