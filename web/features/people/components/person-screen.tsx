import type { PersonFootprint } from '@contract/people'
import { Link } from '@tanstack/react-router'
import { UserMinus } from 'lucide-react'
import { useState } from 'react'
import { PageHeader } from '@/components/page-header'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { FootprintCard } from './footprint-card'
import { SpsLocalUserList, SpsSessionList, SwsSessionList, SwsUserList } from './footprint-lists'
import { LeaverDialog } from './leaver-dialog'

/** One person across the tenant's vendors, joined from their Identity user by the rules each card names. */
export function PersonScreen({ tenant, footprint, canRunLeaver }: { tenant: string; footprint: PersonFootprint; canRunLeaver: boolean }) {
  const [leaverOpen, setLeaverOpen] = useState(false)
  const { identity } = footprint
  return (
    <>
      <PageHeader
        area="Person"
        title={identity.displayName || identity.username}
        description={
          <>
            Everything <span className="font-medium">{identity.username}</span> holds in this tenant’s vendors, matched on login <code>{footprint.login}</code>.
          </>
        }
        actions={
          <>
            <Button variant="outline" asChild>
              <Link to="/t/$tenant/identity/users/$userId" params={{ tenant, userId: identity.id }}>
                Identity user
              </Link>
            </Button>
            {canRunLeaver && (
              <Button variant="destructive" onClick={() => setLeaverOpen(true)}>
                <UserMinus aria-hidden /> Leaver…
              </Button>
            )}
          </>
        }
      />
      <div className="mb-4 flex flex-wrap items-center gap-2 text-sm">
        <span className="text-muted-foreground">CyberArk Identity:</span>
        <Badge variant={identity.enabled ? 'success' : 'secondary'}>{identity.enabled ? 'Enabled' : 'Disabled'}</Badge>
        {identity.cloudLocked && <Badge variant="warning">Locked</Badge>}
        {identity.email && <span className="text-muted-foreground break-all">{identity.email}</span>}
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <FootprintCard title="SWS user" vendor="Secure Web Sessions" section={footprint.swsUser}>
          {(users) => <SwsUserList tenant={tenant} users={users} />}
        </FootprintCard>
        <FootprintCard title="Recent SWS sessions" vendor="Secure Web Sessions" section={footprint.swsSessions}>
          {(sessions) => <SwsSessionList tenant={tenant} sessions={sessions} />}
        </FootprintCard>
        <FootprintCard title="SPS local user and usergroups" vendor="Safeguard SPS" section={footprint.spsLocalUser}>
          {(users) => <SpsLocalUserList users={users} />}
        </FootprintCard>
        <FootprintCard title="SPS audited sessions" vendor="Safeguard SPS" section={footprint.spsAuditedSessions}>
          {(sessions) => <SpsSessionList tenant={tenant} sessions={sessions} />}
        </FootprintCard>
      </div>
      {leaverOpen && <LeaverDialog tenant={tenant} userId={identity.id} displayName={identity.displayName || identity.username} onClose={() => setLeaverOpen(false)} />}
    </>
  )
}
