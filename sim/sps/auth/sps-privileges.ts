import type { SpsData } from '../data/sps-data'

// What a signed-in user may do. Privileges come from the ACLs of the usergroups the user is a
// member of (seed 004: `objects` with `read` or `write`; write includes read); `admin` has all.
// Like SPS, they are worked out at sign-in: "changes will apply to the users when they
// authenticate again".

export type SpsPermission = 'read' | 'write'

/** The ACL objects (seed 004) that guard the simulated endpoints. */
export const ACL_OBJECTS = {
  auth: '/special/auth',
  policies: '/special/pol',
  rdp: '/special/rdp',
  ssh: '/special/ssh',
  search: '/special/searchmenu',
} as const


export interface SpsPrivileges {
  readonly admin: boolean
  /** Best permission per ACL object. */
  readonly grants: Readonly<Record<string, SpsPermission>>
}

export function privilegesOf(data: SpsData, username: string, admin: boolean): SpsPrivileges {
  const grants: Record<string, SpsPermission> = {}
  if (admin) return { admin, grants }
  const groups = new Set<string>()
  for (const group of data.usergroups.values()) if (group.members.includes(username)) groups.add(group.name)
  for (const acl of data.acls) {
    if (!groups.has(acl.group)) continue
    for (const object of acl.objects) if (grants[object] !== 'write') grants[object] = acl.permission
  }
  return { admin, grants }
}

export function allows(privileges: SpsPrivileges, object: string, needed: SpsPermission): boolean {
  if (privileges.admin) return true
  const granted = privileges.grants[object]
  return granted === 'write' || (granted === 'read' && needed === 'read')
}

/** Opening a transaction locks the configuration for everyone else: only users who may change something may. */
export function canWriteSomething(privileges: SpsPrivileges): boolean {
  return privileges.admin || Object.values(privileges.grants).includes('write')
}
