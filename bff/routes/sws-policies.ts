import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder: routes for this area are being built.
export const swsPolicyRoutes = new Hono<AppEnv>()
export type SwsPolicyRoutes = typeof swsPolicyRoutes
