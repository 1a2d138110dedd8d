import type { Handler, Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { methodNotAllowedProblem, noSuchPathProblem } from './problem-json'

export type SwsMethod = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface SwsRouteOptions {
  /** When it answers false the path does not exist on this tenant (404 as an unmapped path). */
  readonly available?: () => boolean
}

/**
 * Registers a vendor path with and without a trailing slash (the vendor's own examples use both,
 * e.g. `/v2-edge/sws/users/` and `/v2-edge/sws/users`), and answers 405 with `Allow` for any other
 * method, as Spring does.
 */
export function swsRoute(
  app: Hono<SimEnv>,
  path: string,
  handlers: Partial<Record<SwsMethod, Handler<SimEnv>>>,
  options: SwsRouteOptions = {},
): void {
  const paths = [path, `${path}/`]
  const allowed = Object.keys(handlers)
  const available = options.available
  if (available) {
    for (const each of paths) {
      app.use(each, async (c, next) => {
        if (!available()) throw noSuchPathProblem(c.req.path)
        await next()
      })
    }
  }
  for (const [method, handler] of Object.entries(handlers)) app.on(method, paths, handler)
  for (const each of paths) {
    app.all(each, (c) => {
      throw methodNotAllowedProblem(c.req.method, allowed)
    })
  }
}
