import { SPS_CONFIG_DEFAULT_PAGE_SIZE, type SpsConfigListQuery, type SpsLocalUser, type SpsPendingMark, type SpsUsergroup } from '../../../contract/sps-config'
import { ACLS_PATH, aclGroupNames } from './sps-acls'
import { parseChanges, pendingMarks, TRANSACTION_CHANGES_PATH } from './sps-changes'
import { readCollection, type SpsRead } from './sps-config-objects'
import { AAA_SETTINGS_PATH, aaaModes, LOCAL_USERS_PATH, parseLocalUser, toConsoleLocalUser, type SpsLocalUserRecord } from './sps-local-users'
import { localUserIndex, parseUsergroup, toConsoleUsergroup, USERGROUPS_PATH, type SpsUsergroupRecord } from './sps-usergroups'

// SPS's local user database as the console shows it: groups with their members resolved to local
// users, users with the groups that list them, each marked when the operator's own pending
// changes created or changed it.

export interface LocalDatabase {
  groups: SpsUsergroupRecord[]
  users: SpsLocalUserRecord[]
  usergroups: SpsUsergroup[]
  localUsers: SpsLocalUser[]
  ldap: boolean
  radius: boolean
}

const markOf = (marks: ReadonlyMap<string, SpsPendingMark | 'deleted'>, path: string): SpsPendingMark => {
  const mark = marks.get(path)
  return mark === 'deleted' || mark === undefined ? null : mark
}

export async function loadLocalDatabase(read: SpsRead, withPending: boolean): Promise<LocalDatabase> {
  const [groupObjects, userObjects, acls, settings, changelog] = await Promise.all([
    readCollection(read, USERGROUPS_PATH),
    readCollection(read, LOCAL_USERS_PATH),
    read(ACLS_PATH),
    read(AAA_SETTINGS_PATH),
    withPending ? read(TRANSACTION_CHANGES_PATH) : Promise.resolve(null),
  ])
  const groups = groupObjects.map(parseUsergroup)
  const users = userObjects.map(parseLocalUser)
  const index = localUserIndex(users)
  const marks = pendingMarks(parseChanges(changelog))
  const aclGroups = aclGroupNames(acls)
  const usergroups = groups.map((group) => toConsoleUsergroup(group, index, aclGroups, markOf(marks, `${USERGROUPS_PATH}/${group.key}`)))
  const groupsOf = new Map<string, string[]>()
  for (const group of usergroups) for (const member of group.members) groupsOf.set(member.name, [...(groupsOf.get(member.name) ?? []), group.name])
  const localUsers = users.map((user) => toConsoleLocalUser(user, groupsOf.get(user.name) ?? [], markOf(marks, `${LOCAL_USERS_PATH}/${user.key}`)))
  return { groups, users, usergroups, localUsers, ...aaaModes(settings) }
}

/** Filters by text, orders by name and cuts one page, as the console's lists do. */
export function pageOf<T extends { name: string }>(items: readonly T[], query: SpsConfigListQuery, alsoMatches: (item: T) => string[] = () => []) {
  const needle = query.q?.toLowerCase()
  const matching = needle ? items.filter((item) => [item.name, ...alsoMatches(item)].some((text) => text.toLowerCase().includes(needle))) : [...items]
  const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true })
  matching.sort((a, b) => collator.compare(a.name, b.name) * (query.order === '-name' ? -1 : 1))
  const page = Number(query.page ?? 1)
  const pageSize = Number(query.pageSize ?? SPS_CONFIG_DEFAULT_PAGE_SIZE)
  return { items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize }
}
