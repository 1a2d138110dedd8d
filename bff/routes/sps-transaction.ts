import { Hono } from 'hono'
import type { AppEnv } from '../app-env'

// Placeholder: routes for this area are being built.
export const spsTransactionRoutes = new Hono<AppEnv>()
export type SpsTransactionRoutes = typeof spsTransactionRoutes
