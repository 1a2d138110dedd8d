import type { MiddlewareHandler } from 'hono'
import { can, type Permission } from '../../contract/roles'
import type { AppEnv } from '../app-env'
import { forbidden } from '../http/api-error'
import { getSession } from './sessions'

/**
 * Refuses the request unless the operator holds the permission — for the tenant named in the
 * route's `:tenant` parameter when there is one, console-wide otherwise.
 */
export function requirePermission(permission: Permission): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const session = getSession(c)
    const tenantId = c.req.param('tenant') ?? null
    if (!can(session.grants, tenantId, permission)) throw forbidden(permission)
    await next()
  }
}
