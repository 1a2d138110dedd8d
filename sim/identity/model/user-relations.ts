import type { IdentityData } from '../data/identity-data'
import type { IdentityUser } from '../data/identity-users'

// Links between records are kept by id and resolved when served, so a renamed organization or a
// deleted manager shows correctly everywhere without rewriting every user that points at it.

/** OrgPath: the name of the user's organization, while it exists. */
export function organizationName(data: IdentityData, user: IdentityUser): string | null {
  const id = user.internal.organizationId
  return id === null ? null : (data.organizations.get(id)?.Name ?? null)
}

/** The manager's login name, while the manager exists. */
export function managerName(data: IdentityData, user: IdentityUser): string | null {
  return user.ReportsTo === null ? null : (data.users.get(user.ReportsTo)?.Name ?? null)
}

/** Role ids of roles that still exist, in the user's order. */
export function existingRoleIds(data: IdentityData, user: IdentityUser): string[] {
  return user.internal.roleIds.filter((id) => data.roles.has(id))
}
