import type { PersonSpsAuditedSession, PersonSwsUser } from '../../contract/people'
import type { SpsAuditedSessionSummary } from '../../contract/sps-audited-sessions'
import type { SwsUserSummary } from '../../contract/sws-users'

// The rules that join one person across vendors. Each is exact (case-insensitive where the vendor
// treats names so) and named in the footprint, so an operator can see why a record is theirs.

/** The login other vendors use: the Identity login without its `@suffix`. */
export function loginOf(identityUsername: string): string {
  const at = identityUsername.lastIndexOf('@')
  return at > 0 ? identityUsername.slice(0, at) : identityUsername
}

const same = (a: string | null | undefined, b: string | null | undefined) => !!a && !!b && a.toLowerCase() === b.toLowerCase()

export const SWS_USER_RULE = 'SWS username equals the Identity login or email address'
export const SWS_SESSIONS_RULE = 'Sessions of the matched SWS user, last 30 days, newest first'
export const SPS_LOCAL_USER_RULE = 'SPS local user name equals the Identity login without its @suffix'
export const SPS_SESSIONS_RULE = 'Gateway or server username equals the Identity login without its @suffix, last 30 days'

export function matchSwsUser(user: SwsUserSummary, identity: { username: string; email: string | null }): PersonSwsUser | null {
  const matchedField = same(user.username, identity.username) ? 'login' : same(user.username, identity.email) ? 'email' : null
  if (!matchedField) return null
  return { id: user.id, username: user.username, fullName: user.fullName, status: user.status, role: user.role, lastLoginAt: user.lastLogin, matchedField }
}

/** SPS names are case-sensitive; a session matches on the gateway (authenticated) username first. */
export function matchSpsSession(session: SpsAuditedSessionSummary, login: string): PersonSpsAuditedSession | null {
  const matchedField = session.gatewayUsername === login ? 'gateway' : session.serverUsername === login ? 'server' : null
  if (!matchedField) return null
  return {
    id: session.id,
    protocol: session.protocol,
    server: session.server.name ?? session.server.ip ?? null,
    startedAt: session.startedAt,
    verdict: session.verdict,
    matchedField,
  }
}
