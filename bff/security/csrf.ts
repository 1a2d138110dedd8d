import type { MiddlewareHandler } from 'hono'
import { CSRF_HEADER } from '../../contract/auth'
import { ERROR_CODES } from '../../contract/errors'
import type { AppEnv } from '../app-env'
import { ApiError } from '../http/api-error'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * State-changing requests must carry our custom header (a cross-site form cannot set it) and come
 * from our own origin: Sec-Fetch-Site when the browser sends it, otherwise an exact Origin match.
 * hono/csrf alone is not enough: it does not check JSON requests.
 */
export const csrfProtection: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next()
  const refuse = (why: string) => {
    c.var.deps.log.warn('csrf.refused', { requestId: c.var.requestId, path: c.req.path, why })
    throw new ApiError(403, ERROR_CODES.csrf, 'This request did not come from the Gatehouse console and was refused.')
  }
  if (c.req.header(CSRF_HEADER) !== '1') refuse('missing custom header')
  const fetchSite = c.req.header('sec-fetch-site')
  if (fetchSite !== undefined) {
    if (fetchSite !== 'same-origin') refuse(`sec-fetch-site ${fetchSite}`)
  } else if (c.req.header('origin') !== c.var.deps.config.publicOrigin) {
    refuse('origin mismatch')
  }
  return next()
}
