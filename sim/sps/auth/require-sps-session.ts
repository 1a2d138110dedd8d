import type { MiddlewareHandler } from 'hono'
import type { SpsEnv } from '../sps-env'
import { spsError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import { readSessionCookie, writeSessionCookie } from './session-cookie'

/**
 * Every `/api` endpoint but `/api/authentication` needs a live `session_id` cookie; otherwise
 * 401 `Unauthenticated` with the requested path in `details`. Each use renews the idle expiry.
 */
export function requireSpsSession(runtime: SpsRuntime): MiddlewareHandler<SpsEnv> {
  return async (c, next) => {
    const token = readSessionCookie(c)
    const session = token ? runtime.sessions.use(token) : null
    if (!session) {
      return spsError(c, 401, 'Unauthenticated', 'The requested resource cannot be retrieved because the client is not authenticated.')
    }
    c.set('spsSession', session)
    writeSessionCookie(c, session.token, runtime.sessions.remainingSeconds(session), runtime.now())
    await next()
  }
}
