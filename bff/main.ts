import { serve } from '@hono/node-server'
import { createApp } from './app'
import { createVendorRegistry } from './connections/vendor-registry'
import { createImportJobRunner } from './imports/import-job-runner'
import type { Deps } from './app-env'
import { bootstrap } from './bootstrap'
import { loadConfig } from './config'
import { createLogger } from './logger'
import { createSealer, loadMasterKey } from './security/sealing'
import { openStore } from './store/database'
import { deleteExpiredSessions } from './store/sessions-repo'

const SWEEP_INTERVAL_MS = 10 * 60_000

async function main() {
  const config = loadConfig()
  const log = createLogger()
  const db = await openStore(config)
  const sealer = createSealer(loadMasterKey(process.env, config.dataDir))
  const vendors = createVendorRegistry({ db, sealer, log })
  const now = () => new Date()
  const deps: Deps = { config, db, log, sealer, vendors, imports: createImportJobRunner({ db, vendors, log, now }), now }
  await bootstrap(deps)
  await deps.imports.start()

  const sweep = setInterval(() => {
    const at = Date.now()
    deleteExpiredSessions(db, new Date(at - config.session.idleMs), new Date(at - config.session.absoluteMs))
      .then((ended) => Promise.all(ended.map((idHash) => deps.vendors.endOperatorSession(idHash))))
      .catch((error: unknown) => log.error('sessions.sweep-failed', { error: String(error) }))
  }, SWEEP_INTERVAL_MS)
  sweep.unref()

  const server = serve({ fetch: createApp(deps).fetch, hostname: config.host, port: config.port }, () => {
    log.info('listening', { url: config.publicOrigin, demo: config.demo, store: config.databaseUrl ? 'postgresql' : config.dataDir })
    console.log(`\nGatehouse console: ${config.publicOrigin}${config.demo ? '  (demo mode: admin / admin-demo)' : ''}\n`)
  })

  const shutdown = (signal: string) => {
    log.info('shutdown', { signal })
    clearInterval(sweep)
    server.close(() => {
      // Import requests in flight finish and are recorded; open SPS transactions are rolled back
      // rather than left for the appliance's timeout.
      deps.imports
        .stop()
        .then(() => deps.vendors.closeAll())
        .catch((error: unknown) => log.error('shutdown.vendors-failed', { error: String(error) }))
        .finally(() => db.destroy().finally(() => process.exit(0)))
    })
    setTimeout(() => process.exit(0), 5_000).unref()
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
