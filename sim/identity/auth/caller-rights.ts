import { IdentityApiError } from '../envelope/identity-api-error'
import type { IdentityData } from '../data/identity-data'
import { SYSADMIN_ROLE_ID } from '../data/identity-roles'
import type { IdentityUser } from '../data/identity-users'

// What a caller may do follows from its roles' administrative rights, as on a tenant: System
// Administrator may do everything, User Management may change users, Read Only System
// Administration may read. Most endpoints also let users act on themselves.

export type AccessLevel = 'authenticated' | 'read' | 'manage' | 'sysadmin'

const RIGHT_LEVELS: Readonly<Record<string, AccessLevel>> = {
  '/lib/rights/superduper.json': 'sysadmin',
  '/lib/rights/usermgmt.json': 'manage',
  '/lib/rights/roadmin.json': 'read',
}

const RANK: Readonly<Record<AccessLevel, number>> = { authenticated: 0, read: 1, manage: 2, sysadmin: 3 }

export function accessLevelOf(data: IdentityData, user: IdentityUser): AccessLevel {
  let level: AccessLevel = 'authenticated'
  for (const roleId of user.internal.roleIds) {
    if (roleId === SYSADMIN_ROLE_ID && data.roles.has(roleId)) return 'sysadmin'
    for (const right of data.roles.get(roleId)?.AdministrativeRights ?? []) {
      const granted = RIGHT_LEVELS[right.Path]
      if (granted && RANK[granted] > RANK[level]) level = granted
    }
  }
  return level
}

export function hasAccess(data: IdentityData, user: IdentityUser, needed: AccessLevel): boolean {
  return RANK[accessLevelOf(data, user)] >= RANK[needed]
}

export function requireAccess(data: IdentityData, user: IdentityUser, needed: AccessLevel): void {
  if (!hasAccess(data, user, needed)) {
    throw new IdentityApiError('You are not authorized to perform this operation.', 'unauthorized')
  }
}

/** Reading (or changing) oneself needs no right; anyone else needs `needed`. */
export function requireAccessTo(data: IdentityData, caller: IdentityUser, target: IdentityUser, needed: AccessLevel): void {
  if (caller.Uuid !== target.Uuid) requireAccess(data, caller, needed)
}
