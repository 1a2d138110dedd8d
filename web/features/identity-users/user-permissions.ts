import { can, type RoleGrant } from '@contract/roles'

/** What the operator may do to users of one tenant; controls they may not use are not shown. */
export interface UserPermissions {
  lock: boolean
  resetPassword: boolean
  mfaExempt: boolean
  invite: boolean
  write: boolean
  delete: boolean
  exportCsv: boolean
}

export function userPermissions(grants: readonly RoleGrant[], tenant: string): UserPermissions {
  return {
    lock: can(grants, tenant, 'identity.users.lock'),
    resetPassword: can(grants, tenant, 'identity.users.reset-password'),
    mfaExempt: can(grants, tenant, 'identity.users.mfa-exempt'),
    invite: can(grants, tenant, 'identity.users.invite'),
    write: can(grants, tenant, 'identity.users.write'),
    delete: can(grants, tenant, 'identity.users.delete'),
    exportCsv: can(grants, tenant, 'identity.users.read') && can(grants, tenant, 'export.csv'),
  }
}

export const canChangeAnything = (permissions: UserPermissions) =>
  permissions.lock || permissions.resetPassword || permissions.mfaExempt || permissions.invite || permissions.write || permissions.delete
