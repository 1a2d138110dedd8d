import { Hono } from 'hono'
import { createVendorSimApp, type SimApp } from '../framework/sim-app'
import { TokenRegistry } from '../framework/token-registry'
import { requireSpsSession } from './auth/require-sps-session'
import type { ConfigCollectionSpec } from './config/config-collection'
import { CONFIG_COLLECTIONS } from './config/config-collections'
import { SpsData, type SpsConfigStoreName } from './data/sps-data'
import { registerAuditSessionContentRoutes } from './routes/audit-session-content-routes'
import { registerAuditSessionRoutes } from './routes/audit-session-routes'
import { registerAuthenticationRoutes } from './routes/authentication-routes'
import { registerConfigurationDirectoryRoutes } from './routes/configuration-directory-routes'
import { registerConfigurationObjectRoutes } from './routes/configuration-object-routes'
import { registerInfoRoutes } from './routes/info-routes'
import { registerPasswordRoutes } from './routes/password-routes'
import { registerSpsSimControlRoutes } from './routes/sps-sim-control-routes'
import { registerTransactionRoutes } from './routes/transaction-routes'
import { resolveSpsOptions, type SpsAppOptions } from './sps-app-options'
import type { SpsEnv } from './sps-env'
import { notFound } from './sps-error'
import { renderSpsFault } from './sps-fault-response'
import { SpsRuntime } from './sps-runtime'

export interface SpsSimApp extends SimApp<SpsData> {
  /** Login sessions, the configuration transaction and the firmware behaviour. */
  readonly runtime: SpsRuntime
}

/**
 * The Safeguard for Privileged Sessions simulator: the shared framework around the seeded
 * appliance, serving the SPS REST API under `/api` (authentication, transactions, AAA and policy
 * configuration, passwords, audited sessions, info) and its own controls at `/__sim/sps`.
 */
export function createSpsApp(options: SpsAppOptions): SpsSimApp {
  const resolved = resolveSpsOptions(options)
  const sim = createVendorSimApp(
    // Session expiry follows the same clock as everything else here.
    { ...options, tokens: options.tokens ?? new TokenRegistry({ now: resolved.now }) },
    {
      name: 'sps',
      buildData: (dataOptions) => new SpsData(dataOptions),
      renderFault: renderSpsFault,
      // Clients write `/api/transaction/` and `/content/?q=` as often as without the slash.
      honoOptions: { strict: false },
    },
  )
  const runtime = new SpsRuntime(sim.context, resolved)
  registerSpsSimControlRoutes(sim.app, runtime)

  const api = new Hono<SpsEnv>()
  registerAuthenticationRoutes(api, runtime)
  // Everything after this needs a live session; `/api/*` covers `/api` itself too.
  api.use('/api/*', requireSpsSession(runtime))
  registerInfoRoutes(api, runtime)
  registerTransactionRoutes(api, runtime)
  registerConfigurationDirectoryRoutes(api, runtime)
  registerPasswordRoutes(api, runtime)
  for (const spec of CONFIG_COLLECTIONS) registerConfigurationObjectRoutes(api, runtime, spec as ConfigCollectionSpec<SpsConfigStoreName>)
  registerAuditSessionRoutes(api, runtime)
  registerAuditSessionContentRoutes(api, runtime)
  api.all('/api/*', notFound)
  sim.app.route('/', api)
  return { ...sim, runtime }
}
