import type { Context, Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { authenticate } from '../auth/bearer-auth'
import { requireAccess, requireAccessTo, type AccessLevel } from '../auth/caller-rights'
import type { IdentityData } from '../data/identity-data'
import type { IdentityUser } from '../data/identity-users'
import { IdentityApiError } from '../envelope/identity-api-error'
import { failureEnvelope, successEnvelope } from '../envelope/identity-envelope'
import type { IdentityRuntime } from '../identity-runtime'
import { IdentityArgs } from './identity-args'
import { readRequestBody, type RequestBody } from './request-body'

/** What an Identity action handler gets: its arguments, the caller, and the tenant. */
export interface ActionContext {
  readonly c: Context<SimEnv>
  readonly runtime: IdentityRuntime
  readonly data: IdentityData
  readonly args: IdentityArgs
  readonly body: RequestBody
  readonly caller: IdentityUser
  /** Wall clock, epoch ms. */
  now(): number
  /** Refuses (in the envelope) unless the caller has this right. */
  require(level: AccessLevel): void
  /** Refuses unless the target is the caller or the caller has this right. */
  requireFor(target: IdentityUser, level: AccessLevel): void
}

export type ActionHandler = (action: ActionContext) => unknown

/**
 * Registers one `POST /<Controller>/<Action>` endpoint: arguments from the query or the body,
 * the handler's return value as `Result` of a success envelope, an IdentityApiError as a
 * `success: false` envelope with HTTP 200. `access` is checked before the handler runs.
 */
export function registerAction(app: Hono<SimEnv>, runtime: IdentityRuntime, path: string, access: AccessLevel, handler: ActionHandler): void {
  app.post(path.toLowerCase(), async (c) => {
    const authentication = authenticate(runtime, c)
    if ('refusal' in authentication) return authentication.refusal
    const caller = authentication.caller.user
    try {
      const body = await readRequestBody(c)
      const data = runtime.data
      requireAccess(data, caller, access)
      const action: ActionContext = {
        c,
        runtime,
        data,
        args: new IdentityArgs(body.fields, new URL(c.req.url).searchParams),
        body,
        caller,
        now: runtime.now,
        require: (level) => requireAccess(data, caller, level),
        requireFor: (target, level) => requireAccessTo(data, caller, target, level),
      }
      return c.json(successEnvelope(await handler(action)))
    } catch (error) {
      if (error instanceof IdentityApiError) return c.json(failureEnvelope(error.message, { exceptionType: error.exceptionType }))
      throw error
    }
  })
}
