import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'

/** A path parameter of the matched route (routes are registered untyped, so Hono cannot know). */
export function pathParam(c: Context<SimEnv>, name: string): string {
  const value = c.req.param(name)
  if (value === undefined) throw new Error(`route has no :${name}`)
  return value
}
