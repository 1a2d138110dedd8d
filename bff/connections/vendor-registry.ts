import type { Vendor } from '../../contract/connections'
import type { Logger } from '../logger'
import type { Sealer } from '../security/sealing'
import type { Store } from '../store/database'
import { type ConnectionRecord, findConnection } from '../store/connections-repo'
import { notFound } from '../http/api-error'
import type { IdentityClient } from '../vendors/identity/identity-client'
import type { SpsConnection } from '../vendors/sps/sps-connection'
import type { SwsClient } from '../vendors/sws/sws-client'
import { identityClientFor, spsConnectionFor, swsClientFor } from './vendor-clients'

type Entry =
  | { vendor: 'identity'; updatedAt: number; client: IdentityClient }
  | { vendor: 'sws'; updatedAt: number; client: SwsClient }
  | { vendor: 'sps'; updatedAt: number; client: SpsConnection }

/**
 * One adapter per tenant connection, kept while its stored settings are unchanged (so token
 * caches and SPS sessions live on), rebuilt when another request or BFF instance has saved new
 * settings. Ends operators' SPS write sessions at sign-out and expiry, and everything at shutdown.
 */
export function createVendorRegistry(deps: { db: Store; sealer: Sealer; log: Logger }) {
  const entries = new Map<string, Entry>()

  async function current(tenantId: string, vendor: Vendor): Promise<{ record: ConnectionRecord; entry: Entry | undefined }> {
    const record = await findConnection(deps.db, tenantId, vendor)
    if (!record) throw notFound(`The ${vendor} connection of this tenant`)
    const entry = entries.get(`${tenantId}:${vendor}`)
    if (entry && entry.updatedAt !== record.updatedAt.getTime()) {
      await close(entry)
      entries.delete(`${tenantId}:${vendor}`)
      return { record, entry: undefined }
    }
    return { record, entry }
  }

  async function close(entry: Entry): Promise<void> {
    if (entry.vendor === 'sps') await entry.client.closeAll()
    else entry.client.close()
  }

  return {
    async identity(tenantId: string): Promise<IdentityClient> {
      const { record, entry } = await current(tenantId, 'identity')
      if (entry?.vendor === 'identity') return entry.client
      const client = identityClientFor(record, deps.sealer, deps.log)
      entries.set(`${tenantId}:identity`, { vendor: 'identity', updatedAt: record.updatedAt.getTime(), client })
      return client
    },
    async sws(tenantId: string): Promise<SwsClient> {
      const { record, entry } = await current(tenantId, 'sws')
      if (entry?.vendor === 'sws') return entry.client
      const client = swsClientFor(record, deps.sealer, deps.log)
      entries.set(`${tenantId}:sws`, { vendor: 'sws', updatedAt: record.updatedAt.getTime(), client })
      return client
    },
    async sps(tenantId: string): Promise<SpsConnection> {
      const { record, entry } = await current(tenantId, 'sps')
      if (entry?.vendor === 'sps') return entry.client
      const client = spsConnectionFor(record, deps.sealer, deps.log)
      entries.set(`${tenantId}:sps`, { vendor: 'sps', updatedAt: record.updatedAt.getTime(), client })
      return client
    },
    /** A console session ended (sign-out, expiry): its SPS transactions end with it, on every appliance. */
    async endOperatorSession(consoleSessionId: string): Promise<void> {
      await Promise.all([...entries.values()].map((entry) => (entry.vendor === 'sps' ? entry.client.endWriteSession(consoleSessionId) : undefined)))
    },
    async closeAll(): Promise<void> {
      await Promise.all([...entries.values()].map(close))
      entries.clear()
    },
  }
}

export type VendorRegistry = ReturnType<typeof createVendorRegistry>
