import type { TenantAccess } from '../../contract/tenants'
import { permissionsFor, type RoleGrant } from '../../contract/roles'
import type { Store } from '../store/database'
import { ApiError, notFound } from '../http/api-error'
import { findTenant } from '../store/tenants-repo'

/** One tenant as an operator with these grants may use it: 404 if it does not exist, 403 without a role there. */
export async function readTenantAccess(db: Store, grants: readonly RoleGrant[], tenantId: string): Promise<TenantAccess> {
  const tenant = await findTenant(db, tenantId)
  if (!tenant) throw notFound(`The tenant "${tenantId}"`)
  const permissions = [...permissionsFor(grants, tenant.id)]
  if (permissions.length === 0) {
    throw new ApiError(403, 'forbidden', `You have no role for the tenant "${tenant.name}".`, { tenant: tenant.id })
  }
  return { tenant, permissions }
}
