import type { ConnectionView, TenantConnections, Vendor } from '../../contract/connections'
import type { ConnectionRecord } from '../store/connections-repo'
import type { TenantRecord } from '../store/tenants-repo'

/** The sealing context binds a secret to its tenant and vendor, so it cannot be moved to another. */
export const connectionSealContext = (tenantId: string, vendor: Vendor) => `tenant:${tenantId}:${vendor}`

function toView<Config>(record: ConnectionRecord | undefined): ConnectionView<Config> | null {
  if (!record) return null
  return {
    vendor: record.vendor,
    config: record.config as Config,
    secretSet: record.secretSealed.length > 0,
    secretUpdatedAt: record.secretUpdatedAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
  }
}

/** What the API shows of a tenant's connections: settings and whether a secret is set, never the secret. */
export function tenantConnectionsView(tenant: TenantRecord, records: ConnectionRecord[]): TenantConnections {
  const of = (vendor: Vendor) => records.find((record) => record.vendor === vendor)
  return { tenant, identity: toView(of('identity')), sws: toView(of('sws')), sps: toView(of('sps')) }
}
