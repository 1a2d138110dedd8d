import type { Vendor } from '../../contract/connections'
import type { Logger } from '../logger'
import type { Sealer } from '../security/sealing'
import type { Store } from '../store/database'
import { type ConnectionRecord, findConnection } from '../store/connections-repo'
import { createStoreReadCache } from '../store/store-read-cache'
import { onStoreChange } from '../store/store-changes'
import { notFound } from '../http/api-error'
import type { IdentityClient } from '../vendors/identity/identity-client'
import type { SpsConnection } from '../vendors/sps/sps-connection'
import type { SwsClient } from '../vendors/sws/sws-client'
import { identityClientFor, spsConnectionFor, swsClientFor } from './vendor-clients'

/**
 * How long a connection record read from the store is trusted before it is read again. A save or
 * delete made through this BFF drops it at once (store-changes.ts); this bound is for a change
 * another BFF instance made to the shared PostgreSQL store.
 */
export const CONNECTION_RECHECK_MS = 2_000

type Entry =
  | { vendor: 'identity'; updatedAt: number; client: IdentityClient }
  | { vendor: 'sws'; updatedAt: number; client: SwsClient }
  | { vendor: 'sps'; updatedAt: number; client: SpsConnection }

/**
 * One adapter per tenant connection, kept while its stored settings are unchanged (so token
 * caches and SPS sessions live on), rebuilt when another request or BFF instance has saved new
 * settings. Ends operators' SPS write sessions at sign-out and expiry, and everything at shutdown.
 *
 * The connection record is not read on every call: it is kept for CONNECTION_RECHECK_MS. When
 * this instance saves or deletes a connection or deletes a tenant, the kept record is dropped
 * and the adapter closed before that request answers, so a removed connection is not used again;
 * another instance's change is seen within CONNECTION_RECHECK_MS.
 */
export function createVendorRegistry(deps: { db: Store; sealer: Sealer; log: Logger; clock?: () => number }) {
  const entries = new Map<string, Entry>()
  const records = createStoreReadCache<ConnectionRecord>({ ttlMs: CONNECTION_RECHECK_MS })
  const clock = deps.clock ?? (() => performance.now())
  const keyOf = (tenantId: string, vendor: Vendor) => `${tenantId}:${vendor}`

  /** Drops kept records and adapters of a tenant (all its vendors) or of one of its connections. */
  function forget(tenantId: string, vendor?: Vendor) {
    const matches = (key: string) => (vendor ? key === keyOf(tenantId, vendor) : key.slice(0, key.lastIndexOf(':')) === tenantId)
    records.forgetWhere(matches)
    for (const [key, entry] of entries) {
      if (!matches(key)) continue
      entries.delete(key)
      closeQuietly(key, entry)
    }
  }
  onStoreChange(deps.db, (change) => {
    if (change.kind === 'connection') forget(change.tenantId, change.vendor)
    else if (change.kind === 'tenant') forget(change.tenantId)
  })

  /** The stored record, once any adapter built from older settings has been closed. */
  async function current(tenantId: string, vendor: Vendor): Promise<ConnectionRecord> {
    const key = keyOf(tenantId, vendor)
    const record = await records.get(key, clock(), () => findConnection(deps.db, tenantId, vendor))
    const entry = entries.get(key)
    if (!record) {
      // Removed by another instance: stop using what was built from it.
      if (entry) forget(tenantId, vendor)
      throw notFound(`The ${vendor} connection of this tenant`)
    }
    if (entry && entry.updatedAt !== record.updatedAt.getTime()) {
      if (entries.get(key) === entry) entries.delete(key)
      await close(entry)
    }
    return record
  }

  async function close(entry: Entry): Promise<void> {
    if (entry.vendor === 'sps') await entry.client.closeAll()
    else entry.client.close()
  }

  function closeQuietly(key: string, entry: Entry): void {
    close(entry).catch((error: unknown) => deps.log.warn('vendors.close-failed', { connection: key, error: String(error) }))
  }

  /**
   * The adapter for the record's settings, built once: checked and stored with no await in
   * between, so concurrent first calls share one adapter (and one token cache).
   */
  function adapter<E extends Entry>(record: ConnectionRecord, build: () => E): E {
    const key = keyOf(record.tenantId, record.vendor)
    const existing = entries.get(key)
    if (existing?.vendor === record.vendor && existing.updatedAt === record.updatedAt.getTime()) return existing as E
    if (existing) closeQuietly(key, existing)
    const built = build()
    entries.set(key, built)
    return built
  }

  return {
    async identity(tenantId: string): Promise<IdentityClient> {
      const record = await current(tenantId, 'identity')
      return adapter(record, () => ({ vendor: 'identity' as const, updatedAt: record.updatedAt.getTime(), client: identityClientFor(record, deps.sealer, deps.log) })).client
    },
    async sws(tenantId: string): Promise<SwsClient> {
      const record = await current(tenantId, 'sws')
      return adapter(record, () => ({ vendor: 'sws' as const, updatedAt: record.updatedAt.getTime(), client: swsClientFor(record, deps.sealer, deps.log) })).client
    },
    async sps(tenantId: string): Promise<SpsConnection> {
      const record = await current(tenantId, 'sps')
      return adapter(record, () => ({ vendor: 'sps' as const, updatedAt: record.updatedAt.getTime(), client: spsConnectionFor(record, deps.sealer, deps.log) })).client
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
