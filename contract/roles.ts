/**
 * Roles and permissions, shared by the BFF (which enforces them on every route) and the SPA
 * (which only hides what the BFF would refuse). DESIGN.md "People and roles" is the source.
 */

export const ROLES = ['admin', 'helpdesk', 'auditor'] as const
export type Role = (typeof ROLES)[number]

export const PERMISSIONS = [
  // CyberArk Identity
  'identity.users.read',
  'identity.users.lock',
  'identity.users.reset-password',
  'identity.users.write',
  'identity.users.delete',
  'identity.users.mfa-exempt',
  'identity.users.invite',
  'identity.organizations.read',
  'identity.organizations.write',
  // The tenant's attribute schema as a screen; its columns stay readable with identity.users.read (user pages label values with them)
  'identity.schema.read',
  // Secure Web Sessions
  'sws.policies.read',
  'sws.policies.write',
  'sws.users.read',
  'sws.users.status',
  'sws.users.delete',
  'sws.sessions.read',
  'sws.activities.read',
  // Safeguard for Privileged Sessions
  'sps.usergroups.read',
  'sps.usergroups.write',
  'sps.local-users.read',
  'sps.local-users.write',
  'sps.acls.read',
  'sps.policies.read',
  'sps.audited-sessions.read',
  // Across vendors: the leaver workflow changes Identity, SWS and SPS at once
  'people.leaver',
  // Exports of any list the role may read
  'export.csv',
  // Console-wide
  'console.connections.manage',
  'console.operators.manage',
  'console.audit-log.read',
] as const
export type Permission = (typeof PERMISSIONS)[number]

const HELPDESK: readonly Permission[] = [
  'identity.users.read',
  'identity.users.lock',
  'identity.users.reset-password',
  'identity.users.mfa-exempt',
  'identity.users.invite',
  'sws.users.read',
  'sws.users.status',
]

const AUDITOR: readonly Permission[] = [
  'identity.users.read',
  'identity.organizations.read',
  'identity.schema.read',
  'sws.sessions.read',
  'sws.activities.read',
  'sps.audited-sessions.read',
  'console.audit-log.read',
  'export.csv',
]

export const ROLE_PERMISSIONS: Record<Role, readonly Permission[]> = {
  admin: PERMISSIONS,
  helpdesk: HELPDESK,
  auditor: AUDITOR,
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: 'Admin',
  helpdesk: 'Helpdesk',
  auditor: 'Auditor',
}

/** A role held for one tenant, or for every tenant when `tenantId` is null. */
export interface RoleGrant {
  role: Role
  tenantId: string | null
}

/** Permissions that only make sense console-wide; they come from all-tenant grants only. */
export function isConsolePermission(permission: Permission): boolean {
  return permission.startsWith('console.')
}

/**
 * What an operator may do in one tenant (tenantId) or console-wide (tenantId null).
 * Console-wide permissions come only from grants that cover every tenant.
 */
export function permissionsFor(grants: readonly RoleGrant[], tenantId: string | null): Set<Permission> {
  const result = new Set<Permission>()
  for (const grant of grants) {
    const coversAll = grant.tenantId === null
    if (!coversAll && grant.tenantId !== tenantId) continue
    for (const permission of ROLE_PERMISSIONS[grant.role]) {
      if (isConsolePermission(permission) && !coversAll) continue
      result.add(permission)
    }
  }
  return result
}

export function can(grants: readonly RoleGrant[], tenantId: string | null, permission: Permission): boolean {
  return permissionsFor(grants, tenantId).has(permission)
}
