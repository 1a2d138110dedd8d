import type { IdentityData } from '../data/identity-data'
import type { IdentityAdministrativeRight, IdentityRole } from '../data/identity-roles'
import type { IdentityUser } from '../data/identity-users'
import { existingRoleIds } from './user-relations'

// The built-in "Everybody" role every tenant has (GetUsersRolesAndAdministrativeRights shows it
// for users in it). Membership follows InEverybodyRole; it is derived, never stored, and cannot be
// deleted.

export const EVERYBODY_ROLE = {
  ID: 'Everybody',
  Name: 'Everybody',
  Description: 'All authenticated users',
  AdministrativeRights: [] as readonly IdentityAdministrativeRight[],
} as const

export interface RoleMembership {
  readonly ID: string
  readonly Name: string
  readonly Description: string | null
  readonly AdministrativeRights: readonly IdentityAdministrativeRight[]
  readonly organizationId: string | null
}

/** The user's roles: Everybody first when the user is in it, then the stored ones that still exist. */
export function rolesOfUser(data: IdentityData, user: IdentityUser): RoleMembership[] {
  const roles: RoleMembership[] = []
  if (user.InEverybodyRole) roles.push({ ...EVERYBODY_ROLE, organizationId: null })
  for (const id of existingRoleIds(data, user)) {
    const role = data.roles.get(id) as IdentityRole
    roles.push({ ID: role.ID, Name: role.Name, Description: role.Description, AdministrativeRights: role.AdministrativeRights, organizationId: role.internal.organizationId })
  }
  return roles
}

/** A stored role by ID or by name (case-insensitive). */
export function findRole(data: IdentityData, idOrName: string): IdentityRole | undefined {
  const key = idOrName.trim()
  const byId = data.roles.get(key)
  if (byId) return byId
  const lower = key.toLowerCase()
  for (const role of data.roles.values()) if (role.Name.toLowerCase() === lower || role.ID.toLowerCase() === lower) return role
  return undefined
}

/** Members of a stored role: one pass over the users (small tenants) or their cached role column. */
export function membersOfRole(data: IdentityData, roleId: string): IdentityUser[] {
  return data.users.query({ match: [{ column: data.userRoleColumn, test: (value) => String(value).split(' ').includes(roleId) }] }).items
}
