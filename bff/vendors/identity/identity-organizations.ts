import type {
  IdentityOrganization,
  IdentityOrganizationAdministrator,
  IdentityOrganizationPermission,
  IdentityOrganizationRole,
  OrgPrincipalType,
} from '../../../contract/identity-organizations'
import { vendorFailure } from '../http/vendor-errors'

// Org/* wire format ⇄ console shapes. Org answers are UNSURE in the vendor notes: an organization
// is {ID, Name, Description}; ListAll, GetAdministrators, GetPermission and GetRoles answer Redrock
// tables whose rows are named as the matching Update* requests name their entries.

type Row = Record<string, unknown>

/** The `Row`s of a Redrock table (`{Results: [{Row}]}`); anything else is a vendor failure. */
export function redrockRows(result: unknown, what: string): Row[] {
  const results = typeof result === 'object' && result !== null ? (result as { Results?: unknown }).Results : undefined
  if (!Array.isArray(results)) throw vendorFailure('identity', `answered ${what} without a table of results.`)
  return results.flatMap((entry: unknown) => {
    const row = typeof entry === 'object' && entry !== null ? (entry as { Row?: unknown }).Row : undefined
    return typeof row === 'object' && row !== null ? [row as Row] : []
  })
}

/** FullCount of a Redrock table, when it has one. */
export function redrockFullCount(result: unknown): number | null {
  const count = typeof result === 'object' && result !== null ? (result as { FullCount?: unknown }).FullCount : undefined
  return typeof count === 'number' ? count : null
}

const text = (row: Row, ...keys: string[]): string | null => {
  for (const key of keys) {
    const value = row[key]
    if (typeof value === 'string') return value
    if (typeof value === 'number') return String(value)
  }
  return null
}

export function toOrganization(row: unknown): IdentityOrganization {
  if (typeof row !== 'object' || row === null) throw vendorFailure('identity', 'answered without an organization.')
  const record = row as Row
  const id = text(record, 'ID', 'Id', 'OrgId')
  const name = text(record, 'Name')
  if (!id || name === null) throw vendorFailure('identity', 'answered an organization without ID and Name.')
  return { id, name, description: text(record, 'Description') || null }
}

export function toAdministrator(row: Row): IdentityOrganizationAdministrator | null {
  const id = text(row, 'Id', 'ID')
  if (!id) return null
  return { id, username: text(row, 'SystemName', 'Name') ?? id, displayName: text(row, 'DisplayName'), type: text(row, 'Type') ?? 'User' }
}

export function toPermission(row: Row): IdentityOrganizationPermission | null {
  const right = text(row, 'Right')
  const principal = text(row, 'Principal')
  if (!right || !principal) return null
  const type = text(row, 'PrincipalType')
  return { right, principal, principalType: (type?.toLowerCase() === 'role' ? 'Role' : 'User') satisfies OrgPrincipalType }
}

export function toOrgRole(row: Row): IdentityOrganizationRole | null {
  const id = text(row, 'ID', 'Id', '_ID')
  const name = text(row, 'Name')
  if (!id || name === null) return null
  return { id, name, description: text(row, 'Description') || null }
}

/** Org/Create and Org/Update bodies; an empty description is sent as empty (Update clears it). */
export function organizationArgs(input: { name: string; description: string }): Record<string, unknown> {
  return { Name: input.name, Description: input.description }
}

/** Org/ChangeMemberShip: entries `{ID, Type: "User"}`. */
export function membershipArgs(orgId: string, add: readonly string[], remove: readonly string[]): Record<string, unknown> {
  const entry = (id: string) => ({ ID: id, Type: 'User' })
  return { OrgId: orgId, Add: add.map(entry), Remove: remove.map(entry) }
}

/** Org/UpdateAdministrators: Grant entries name the user as the notes do; Revoke by Id. */
export function administratorsArgs(
  orgId: string,
  grant: readonly { id: string; username: string; directoryServiceUuid: string | null }[],
  revoke: readonly string[],
): Record<string, unknown> {
  return {
    OrgId: orgId,
    Grant: grant.map((user) => ({ ...(user.directoryServiceUuid ? { DirectoryServiceUuid: user.directoryServiceUuid } : {}), Id: user.id, SystemName: user.username, Type: 'User' })),
    Revoke: revoke.map((id) => ({ Id: id })),
  }
}

export function permissionsArgs(
  orgId: string,
  grant: readonly IdentityOrganizationPermission[],
  revoke: readonly { right: string; principal: string }[],
): Record<string, unknown> {
  return {
    OrgId: orgId,
    Grant: grant.map((entry) => ({ Right: entry.right, Principal: entry.principal, PrincipalType: entry.principalType })),
    Revoke: revoke.map((entry) => ({ Right: entry.right, Principal: entry.principal })),
  }
}
