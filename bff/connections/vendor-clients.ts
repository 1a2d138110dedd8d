import type { IdentityConnectionConfig, SpsConnectionConfig, SwsConnectionConfig } from '../../contract/connections'
import type { Logger } from '../logger'
import type { Sealer } from '../security/sealing'
import type { ConnectionRecord } from '../store/connections-repo'
import type { VendorHttpTuning } from '../vendors/http/vendor-http-client'
import { createIdentityClient, type IdentityClient } from '../vendors/identity/identity-client'
import { createSpsConnection, type SpsConnection } from '../vendors/sps/sps-connection'
import { createSwsClient, type SwsClient } from '../vendors/sws/sws-client'
import { connectionSealContext } from './connection-views'

/** Builds a vendor adapter from a stored connection, unsealing its secret only into the adapter. */
export function identityClientFor(record: ConnectionRecord, sealer: Sealer, log: Logger, tuning?: VendorHttpTuning, suffix = ''): IdentityClient {
  const config = record.config as IdentityConnectionConfig
  return createIdentityClient(
    { connectionId: `${record.tenantId}:identity${suffix}`, tenantUrl: config.tenantUrl, clientId: config.clientId, clientSecret: unseal(record, sealer) },
    log,
    tuning,
  )
}

export function swsClientFor(record: ConnectionRecord, sealer: Sealer, log: Logger, tuning?: VendorHttpTuning, suffix = ''): SwsClient {
  const config = record.config as SwsConnectionConfig
  const secret = unseal(record, sealer)
  return createSwsClient(
    {
      connectionId: `${record.tenantId}:sws${suffix}`,
      tenantId: config.tenantId,
      pathPrefix: config.pathPrefix,
      location: config.dataCenter ? { dataCenter: config.dataCenter } : { baseUrl: config.apiBaseUrl ?? '', authBaseUrl: config.authBaseUrl ?? undefined },
      serviceAccount:
        config.auth === 'client-secret'
          ? { kind: 'client-secret', clientId: config.clientId, clientSecret: secret }
          : { kind: 'private-key', serviceAccountId: config.clientId, privateKeyPem: secret },
    },
    log,
    tuning,
  )
}

export function spsConnectionFor(record: ConnectionRecord, sealer: Sealer, log: Logger, tuning?: VendorHttpTuning, suffix = ''): SpsConnection {
  const config = record.config as SpsConnectionConfig
  const tls = config.tls === 'custom-ca' ? { caPem: config.caPem ?? undefined } : config.tls === 'accept-self-signed' ? { acceptSelfSigned: true } : undefined
  return createSpsConnection(
    { connectionId: `${record.tenantId}:sps${suffix}`, baseUrl: config.applianceUrl, username: config.username, password: unseal(record, sealer), tls },
    log,
    tuning,
  )
}

function unseal(record: ConnectionRecord, sealer: Sealer): string {
  return sealer.unseal(record.secretSealed, connectionSealContext(record.tenantId, record.vendor))
}
