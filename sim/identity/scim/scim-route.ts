import type { Context, Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { authenticate } from '../auth/bearer-auth'
import { hasAccess, type AccessLevel } from '../auth/caller-rights'
import type { IdentityUser } from '../data/identity-users'
import { IdentityApiError } from '../envelope/identity-api-error'
import type { IdentityRuntime } from '../identity-runtime'
import { ScimError, scimErrorResponse } from './scim-response'

// SCIM endpoints answer in SCIM's own error format, not the Identity envelope. They are served
// under /scim/… (the paths seed 001 lists) and /scim/v2/… (the Identity directory SCIM of S6).

export type ScimMethod = 'get' | 'post' | 'put' | 'delete'
export type ScimHandler = (c: Context<SimEnv>, caller: IdentityUser) => Response | Promise<Response>

export const SCIM_PREFIXES = ['/scim', '/scim/v2'] as const

export function registerScimRoute(app: Hono<SimEnv>, runtime: IdentityRuntime, method: ScimMethod, path: string, access: AccessLevel, handler: ScimHandler): void {
  for (const prefix of SCIM_PREFIXES) {
    app[method](`${prefix}${path}`, async (c) => {
      const authentication = authenticate(runtime, c)
      if ('refusal' in authentication) return authentication.refusal
      const caller = authentication.caller.user
      try {
        if (!hasAccess(runtime.data, caller, access)) throw new ScimError(403, 'You are not authorized to perform this operation.')
        return await handler(c, caller)
      } catch (error) {
        if (error instanceof ScimError) return scimErrorResponse(c, error)
        if (error instanceof IdentityApiError) {
          return scimErrorResponse(c, new ScimError(error.kind === 'unauthorized' ? 403 : 400, error.message, error.kind === 'unauthorized' ? undefined : 'invalidValue'))
        }
        throw error
      }
    })
  }
}

/** The JSON body of a SCIM request. */
export async function scimBody(c: Context<SimEnv>): Promise<unknown> {
  try {
    return await c.req.json()
  } catch {
    throw new ScimError(400, 'The request body is not valid JSON.', 'invalidSyntax')
  }
}
