import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv } from '../app-env'
import { ApiError } from '../http/api-error'
import { getSession } from './sessions'

export const REAUTH_REQUIRED = 'reauth_required'

/**
 * Sensitive actions (privilege changes, deletes, bulk changes, secrets, SPS commits) need a
 * sign-in or re-authentication within the last few minutes; otherwise the SPA asks for the
 * password or a TOTP code and retries.
 */
export const requireRecentAuth: MiddlewareHandler<AppEnv> = async (c, next) => {
  assertRecentAuth(c)
  await next()
}

/** The same check, for handlers where only some requests are sensitive (e.g. replacing a secret). */
export function assertRecentAuth(c: Context<AppEnv>): void {
  const session = getSession(c)
  const { config, now } = c.var.deps
  const fresh = session.reauthAt !== null && now().getTime() - session.reauthAt.getTime() <= config.session.reauthMs
  if (!fresh) {
    throw new ApiError(403, REAUTH_REQUIRED, 'Confirm it is you: enter your password or an authenticator code to continue.')
  }
}
