import type { PersonFootprint, PersonSpsAuditedSession, PersonSpsLocalUser, PersonSwsSession, PersonSwsUser } from '../../contract/people'
import type { RoleGrant } from '../../contract/roles'
import type { Deps } from '../app-env'
import { readIdentityUser } from '../vendors/identity/identity-user-detail'
import { searchSpsAuditedSessions } from '../vendors/sps/sps-audited-sessions-api'
import { loadLocalDatabase } from '../vendors/sps/sps-local-database'
import { listSwsSessions } from '../vendors/sws/sws-sessions-api'
import { listSwsUsers } from '../vendors/sws/sws-users-api'
import { footprintSection, skippedSection, type SectionContext } from './footprint-section'
import { loginOf, matchSpsSession, matchSwsUser, SPS_LOCAL_USER_RULE, SPS_SESSIONS_RULE, SWS_SESSIONS_RULE, SWS_USER_RULE } from './person-matching'

const RECENT_MS = 30 * 24 * 3_600_000
const RECENT_SESSIONS = 10

export interface FootprintRequest {
  deps: Deps
  tenantId: string
  grants: readonly RoleGrant[]
  userId: string
  requestId?: string
}

/**
 * Everything one person holds across the tenant's vendors, starting from their Identity user.
 * Vendors are asked in parallel; each section stands alone, so one vendor's failure or a
 * missing connection shows in that section only.
 */
export async function readPersonFootprint({ deps, tenantId, grants, userId, requestId }: FootprintRequest): Promise<PersonFootprint> {
  const identityClient = await deps.vendors.identity(tenantId)
  const user = await readIdentityUser(identityClient, userId, requestId)
  const login = loginOf(user.username)
  const context: SectionContext = { grants, tenantId }
  const now = deps.now()

  const swsUserLookup = footprintSection<PersonSwsUser>(context, 'sws.users.read', SWS_USER_RULE, async () => {
    const sws = await deps.vendors.sws(tenantId)
    // The vendor's `name` search matches full names and logins; the exact rule is applied here.
    const found = await listSwsUsers(sws, { q: login, offset: 0, limit: 100 }, requestId)
    return found.items.flatMap((candidate) => matchSwsUser(candidate, user) ?? [])
  })

  const swsSessionsLookup = swsUserLookup.then((swsUser) => {
    const matched = swsUser.items[0]
    if (!matched) return skippedSection<PersonSwsSession>(SWS_SESSIONS_RULE, swsUser)
    return footprintSection<PersonSwsSession>(context, 'sws.sessions.read', SWS_SESSIONS_RULE, async () => {
      const sws = await deps.vendors.sws(tenantId)
      const search = { filter: { user: matched.username, sort: 'start' as const }, fromTime: now.getTime() - RECENT_MS, toTime: now.getTime() }
      const page = await listSwsSessions(sws, search, 0, RECENT_SESSIONS, requestId)
      return page.items.map((session) => ({
        id: session.id,
        application: session.application?.name ?? null,
        startedAt: session.startedAt,
        endedAt: session.endedAt,
        stepsCount: session.stepsCount,
        flagged: session.flag !== null,
      }))
    })
  })

  const spsLocalUserLookup = footprintSection<PersonSpsLocalUser>(context, 'sps.local-users.read', SPS_LOCAL_USER_RULE, async () => {
    const sps = await deps.vendors.sps(tenantId)
    const database = await loadLocalDatabase((path) => sps.read(path, undefined, requestId), false)
    return database.localUsers.filter((local) => local.name === login).map((local) => ({ key: local.key, name: local.name, usergroups: local.groups }))
  })

  const spsSessionsLookup = footprintSection<PersonSpsAuditedSession>(context, 'sps.audited-sessions.read', SPS_SESSIONS_RULE, async () => {
    const sps = await deps.vendors.sps(tenantId)
    const page = await searchSpsAuditedSessions(sps, { range: '30d', user: login, page: 1, pageSize: 25, sort: '-started' }, now, requestId)
    return page.items.flatMap((session) => matchSpsSession(session, login) ?? [])
  })

  const [swsUser, swsSessions, spsLocalUser, spsAuditedSessions] = await Promise.all([swsUserLookup, swsSessionsLookup, spsLocalUserLookup, spsSessionsLookup])
  return {
    identity: { id: user.id, username: user.username, displayName: user.displayName, email: user.email, enabled: user.enabled, cloudLocked: user.cloudLocked },
    login,
    swsUser,
    swsSessions,
    spsLocalUser,
    spsAuditedSessions,
  }
}
