import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder: routes for this area are being built.
export const identityImportRoutes = new Hono<AppEnv>()
export type IdentityImportRoutes = typeof identityImportRoutes
