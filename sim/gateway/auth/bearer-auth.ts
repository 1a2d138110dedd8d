import type { MiddlewareHandler } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { SwsProblem } from '../http/problem-json'
import { roleMayCall } from './role-permissions'
import type { ServiceAccountRealm } from './service-account-realm'

// Every `/v2-edge/…` call needs `Authorization: Bearer <access_token>` from the realm, checked
// before anything else (as a Spring Security resource server does): 401 without a live token,
// 403 when the account's role does not allow the call.

const INVALID_TOKEN_DETAIL: Readonly<Record<'unknown' | 'expired' | 'revoked', string>> = {
  unknown: 'Invalid token',
  expired: 'Jwt expired',
  revoked: 'Token is not active',
}

export function swsBearerAuth(realm: ServiceAccountRealm): MiddlewareHandler<SimEnv> {
  return async (c, next) => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')
    if (!match) {
      throw new SwsProblem(401, 'Full authentication is required to access this resource', { 'WWW-Authenticate': 'Bearer' })
    }
    const checked = realm.bearer(match[1] as string)
    if ('reason' in checked) {
      const detail = INVALID_TOKEN_DETAIL[checked.reason]
      throw new SwsProblem(401, detail, { 'WWW-Authenticate': `Bearer error="invalid_token", error_description="${detail}"` })
    }
    if (!roleMayCall(checked.account.role, c.req.method, c.req.path)) {
      throw new SwsProblem(403, 'Access Denied', {
        'WWW-Authenticate': 'Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."',
      })
    }
    await next()
  }
}
