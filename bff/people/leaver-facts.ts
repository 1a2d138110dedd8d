import type { IdentityUserDetail } from '../../contract/identity-users'
import type { PersonSwsUser } from '../../contract/people'
import type { Deps } from '../app-env'
import { ApiError } from '../http/api-error'
import type { SpsConnection, SpsWriteSession } from '../vendors/sps/sps-connection'
import { loadLocalDatabase } from '../vendors/sps/sps-local-database'
import type { SpsUsergroupRecord } from '../vendors/sps/sps-usergroups'
import type { SwsClient } from '../vendors/sws/sws-client'
import { listSwsUsers } from '../vendors/sws/sws-users-api'
import { readIdentityUser } from '../vendors/identity/identity-user-detail'
import type { IdentityClient } from '../vendors/identity/identity-client'
import { isMissingConnection } from './footprint-section'
import { loginOf, matchSwsUser } from './person-matching'

/** What a vendor said when it was asked about the person: the match, nothing, or why not. */
export type VendorFact<T> = { kind: 'found'; value: T } | { kind: 'none' } | { kind: 'not-connected' } | { kind: 'failed'; message: string }

export interface SpsMembership {
  connection: SpsConnection
  session: SpsWriteSession
  localUser: { key: string; name: string }
  /** The usergroups that list the local user, as SPS holds them now. */
  groups: SpsUsergroupRecord[]
}

/** The current state of everything the leaver workflow would change, read fresh for every plan and run. */
export interface LeaverFacts {
  identityClient: IdentityClient
  user: IdentityUserDetail
  login: string
  sws: VendorFact<{ client: SwsClient; user: PersonSwsUser }>
  sps: VendorFact<SpsMembership>
}

async function fact<T>(lookUp: () => Promise<T | null>): Promise<VendorFact<T>> {
  try {
    const value = await lookUp()
    return value === null ? { kind: 'none' } : { kind: 'found', value }
  } catch (error) {
    if (isMissingConnection(error)) return { kind: 'not-connected' }
    if (error instanceof ApiError) return { kind: 'failed', message: error.message }
    throw error
  }
}

export async function readLeaverFacts(deps: Deps, tenantId: string, userId: string, consoleSessionId: string, requestId?: string): Promise<LeaverFacts> {
  const identityClient = await deps.vendors.identity(tenantId)
  const user = await readIdentityUser(identityClient, userId, requestId)
  const login = loginOf(user.username)
  const [sws, sps] = await Promise.all([
    fact(async () => {
      const client = await deps.vendors.sws(tenantId)
      const found = await listSwsUsers(client, { q: login, offset: 0, limit: 100 }, requestId)
      const match = found.items.map((candidate) => matchSwsUser(candidate, user)).find((candidate) => candidate !== null)
      return match ? { client, user: match } : null
    }),
    fact(async () => {
      const connection = await deps.vendors.sps(tenantId)
      const database = await loadLocalDatabase((path) => connection.read(path, undefined, requestId), false)
      const localUser = database.users.find((candidate) => candidate.name === login)
      if (!localUser) return null
      // SPS answers members as user keys or as names (seed 004 shows both); either one is this person.
      const groups = database.groups.filter((group) => group.members.includes(localUser.key) || group.members.includes(localUser.name))
      return { connection, session: connection.writeSession(consoleSessionId), localUser: { key: localUser.key, name: localUser.name }, groups }
    }),
  ])
  return { identityClient, user, login, sws, sps }
}
