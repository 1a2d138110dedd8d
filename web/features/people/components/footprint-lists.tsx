import type { PersonSpsAuditedSession, PersonSpsLocalUser, PersonSwsSession, PersonSwsUser } from '@contract/people'
import { Link } from '@tanstack/react-router'
import { Flag } from 'lucide-react'
import { Badge } from '@/components/ui/badge'
import { DateTime } from '@/components/date-time'

// The rows of each footprint card. Every value is rendered as text (vendor data can be hostile).

const when = (value: string | null) => (value ? <DateTime value={value} /> : '—')

export function SwsUserList({ tenant, users }: { tenant: string; users: PersonSwsUser[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {users.map((user) => (
        <li key={user.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <Link to="/t/$tenant/sws/users/$userId" params={{ tenant, userId: user.id }} className="font-medium underline-offset-4 hover:underline">
            {user.fullName || user.username}
          </Link>
          <span className="text-muted-foreground">{user.username}</span>
          <Badge variant={user.status === 'Activated' ? 'success' : 'secondary'}>{user.status}</Badge>
          <span className="text-muted-foreground">
            Last login {when(user.lastLoginAt)} · matched by {user.matchedField === 'login' ? 'login' : 'email'}
          </span>
        </li>
      ))}
    </ul>
  )
}

export function SwsSessionList({ tenant, sessions }: { tenant: string; sessions: PersonSwsSession[] }) {
  return (
    <ul className="divide-y text-sm">
      {sessions.map((session) => (
        <li key={session.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5">
          <Link to="/t/$tenant/sws/sessions/$sessionId" params={{ tenant, sessionId: session.id }} className="font-medium underline-offset-4 hover:underline">
            {session.application ?? 'Unknown application'}
          </Link>
          <span className="text-muted-foreground">{when(session.startedAt)}</span>
          {session.stepsCount !== null && <span className="text-muted-foreground">{session.stepsCount.toLocaleString()} steps</span>}
          {session.flagged && (
            <Badge variant="warning">
              <Flag aria-hidden /> Flagged
            </Badge>
          )}
        </li>
      ))}
    </ul>
  )
}

export function SpsLocalUserList({ users }: { users: PersonSpsLocalUser[] }) {
  return (
    <ul className="space-y-2 text-sm">
      {users.map((user) => (
        <li key={user.key}>
          <span className="font-medium">{user.name}</span>
          <span className="text-muted-foreground"> · </span>
          {user.usergroups.length === 0 ? (
            <span className="text-muted-foreground">in no usergroup</span>
          ) : (
            <span>
              usergroups:{' '}
              {user.usergroups.map((group) => (
                <Badge key={group} variant="secondary" className="mr-1">
                  {group}
                </Badge>
              ))}
            </span>
          )}
        </li>
      ))}
    </ul>
  )
}

export function SpsSessionList({ tenant, sessions }: { tenant: string; sessions: PersonSpsAuditedSession[] }) {
  return (
    <ul className="divide-y text-sm">
      {sessions.map((session) => (
        <li key={session.id} className="flex flex-wrap items-center gap-x-3 gap-y-1 py-1.5">
          <Link to="/t/$tenant/sps/audited-sessions/$sessionId" params={{ tenant, sessionId: session.id }} className="font-medium underline-offset-4 hover:underline">
            {session.protocol ?? 'Session'} to {session.server ?? 'unknown server'}
          </Link>
          <span className="text-muted-foreground">{when(session.startedAt)}</span>
          {session.verdict && <Badge variant="outline">{session.verdict}</Badge>}
          <span className="text-muted-foreground">matched the {session.matchedField} username</span>
        </li>
      ))}
    </ul>
  )
}
