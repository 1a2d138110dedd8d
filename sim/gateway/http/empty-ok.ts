import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'

/** 200 with no body: what the vendor's policy PUTs answer. */
export function emptyOk(c: Context<SimEnv>): Response {
  return c.body(null, 200)
}

/** 200 with the JSON empty string `""`: what the user status PUT and user DELETE answer. */
export function emptyJsonStringOk(c: Context<SimEnv>): Response {
  return c.body('""', 200, { 'Content-Type': 'application/json' })
}
