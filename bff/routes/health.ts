import { Hono } from 'hono'
import { sql } from 'kysely'
import type { AppEnv } from '../app-env'

/** Liveness and store reachability, for load balancers and the test harness. No session needed. */
export const healthRoutes = new Hono<AppEnv>().get('/', async (c) => {
  await sql`select 1`.execute(c.var.deps.db)
  return c.json({ status: 'ok' as const, demo: c.var.deps.config.demo }, 200)
})

export type HealthRoutes = typeof healthRoutes
