import type { Vendor } from '../../contract/connections'
import type { Deps } from '../app-env'
import type { Config } from '../config'
import { findConnection, saveConnection } from '../store/connections-repo'
import { connectionSealContext } from './connection-views'

/** The simulators' documented demo credentials (sim/README.md) and where `npm start` runs them. */
function demoConnections({ identityUrl, gatewayUrl, spsUrl }: Config['demoSimulators']): Array<{ vendor: Vendor; config: Record<string, unknown>; secret: string }> {
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
export async function ensureDemoConnections(deps: Deps, tenantId: string): Promise<void> {
  const { db, now, sealer, log, config } = deps
  for (const connection of demoConnections(config.demoSimulators)) {
    if (await findConnection(db, tenantId, connection.vendor)) continue
    const secretSealed = sealer.seal(connection.secret, connectionSealContext(tenantId, connection.vendor))
    await saveConnection(db, { tenantId, vendor: connection.vendor, config: connection.config, secretSealed }, now())
    log.info('bootstrap.demo-connection', { tenant: tenantId, vendor: connection.vendor })
  }
}
