import type { SpsPendingMark, SpsUsergroup } from '../../../contract/sps-config'
import { vendorFailure } from '../http/vendor-errors'
import { objectOf } from './sps-config-objects'

// Local usergroups, `/api/configuration/aaa/local_database/groups` (seed 004): `{name, members}`.
// The seed's GET describes `members` as user names, its POST example sends user keys; we read
// either (a key is resolved to its user's name) and send keys for local users, names otherwise.

export const USERGROUPS_PATH = '/api/configuration/aaa/local_database/groups'

export interface SpsUsergroupRecord {
  key: string
  name: string
  /** As SPS answered: user names or user keys. */
  members: string[]
}

export function parseUsergroup(value: unknown): SpsUsergroupRecord {
  const { key, body } = objectOf(value)
  if (typeof body.name !== 'string') throw vendorFailure('sps', `answered usergroup ${key} without a name.`)
  const members = Array.isArray(body.members) ? body.members.filter((member): member is string => typeof member === 'string') : []
  return { key, name: body.name, members }
}

export interface LocalUserIndex {
  nameByKey: ReadonlyMap<string, string>
  keyByName: ReadonlyMap<string, string>
}

export function localUserIndex(users: ReadonlyArray<{ key: string; name: string }>): LocalUserIndex {
  return { nameByKey: new Map(users.map((user) => [user.key, user.name])), keyByName: new Map(users.map((user) => [user.name, user.key])) }
}

/** The console's usergroup: members by name, each linked to its local user when there is one. */
export function toConsoleUsergroup(record: SpsUsergroupRecord, users: LocalUserIndex, aclGroups: ReadonlySet<string>, pending: SpsPendingMark): SpsUsergroup {
  const seen = new Set<string>()
  const members = record.members.flatMap((member) => {
    const name = users.nameByKey.get(member) ?? member
    if (seen.has(name)) return []
    seen.add(name)
    return [{ name, userKey: users.keyByName.get(name) ?? null }]
  })
  return { key: record.key, name: record.name, members, inAcls: aclGroups.has(record.name), pending }
}

/** The POST/PUT body: the whole object, members as given (keys or names). */
export function usergroupBody(name: string, members: readonly string[]): { name: string; members: string[] } {
  return { name, members: [...new Set(members)] }
}

/** The member list as names, for comparing what an operator saw with what SPS now holds. */
export function memberNames(record: SpsUsergroupRecord, users: LocalUserIndex): string[] {
  return [...new Set(record.members.map((member) => users.nameByKey.get(member) ?? member))].sort()
}
