import type { Vendor } from '../../contract/connections'
import type { Deps } from '../app-env'
import { findConnection, saveConnection } from '../store/connections-repo'
import { connectionSealContext } from './connection-views'

/** The simulators' documented demo credentials (sim/README.md) and where `npm start` runs them. */
function demoConnections(env: NodeJS.ProcessEnv): Array<{ vendor: Vendor; config: Record<string, unknown>; secret: string }> {
  const identityUrl = env.GATEHOUSE_DEMO_IDENTITY_URL ?? 'http://127.0.0.1:4101'
  const gatewayUrl = env.GATEHOUSE_DEMO_GATEWAY_URL ?? 'http://127.0.0.1:4102'
  const spsUrl = env.GATEHOUSE_DEMO_SPS_URL ?? 'http://127.0.0.1:4103'
  return [
    { vendor: 'identity', config: { tenantUrl: identityUrl, clientId: 'demo-service@gatehouse.sim' }, secret: 'demo-secret' },
    {
      vendor: 'sws',
      config: {
        dataCenter: null,
        apiBaseUrl: gatewayUrl,
        authBaseUrl: gatewayUrl,
        pathPrefix: '/v2-edge',
        tenantId: '0123456789abcdef0123456789abcdef',
        auth: 'client-secret',
        clientId: 'demo-sws',
      },
      secret: 'demo-secret',
    },
    { vendor: 'sps', config: { applianceUrl: spsUrl, username: 'admin', tls: 'system', caPem: null }, secret: 'sps-admin' },
  ]
}

/** Wires the demo tenant to the simulators, once: an admin's later edits are kept. */
export async function ensureDemoConnections(deps: Deps, tenantId: string, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const { db, now, sealer, log } = deps
  for (const connection of demoConnections(env)) {
    if (await findConnection(db, tenantId, connection.vendor)) continue
    const secretSealed = sealer.seal(connection.secret, connectionSealContext(tenantId, connection.vendor))
    await saveConnection(db, { tenantId, vendor: connection.vendor, config: connection.config, secretSealed }, now())
    log.info('bootstrap.demo-connection', { tenant: tenantId, vendor: connection.vendor })
  }
}
