import type { Selectable } from 'kysely'
import type { Vendor } from '../../contract/connections'
import type { Store } from './database'
import type { TenantConnectionsTable } from './schema'
import { storeChanged } from './store-changes'

export interface ConnectionRecord {
  tenantId: string
  vendor: Vendor
  config: Record<string, unknown>
  secretSealed: string
  secretUpdatedAt: Date
  updatedAt: Date
}

const toRecord = (row: Selectable<TenantConnectionsTable>): ConnectionRecord => ({
  tenantId: row.tenant_id,
  vendor: row.vendor as Vendor,
  config: row.config as Record<string, unknown>,
  secretSealed: row.secret_sealed,
  secretUpdatedAt: row.secret_updated_at,
  updatedAt: row.updated_at,
})

export async function listConnections(db: Store, tenantId: string): Promise<ConnectionRecord[]> {
  const rows = await db.selectFrom('tenant_connections').selectAll().where('tenant_id', '=', tenantId).execute()
  return rows.map(toRecord)
}

export async function findConnection(db: Store, tenantId: string, vendor: Vendor): Promise<ConnectionRecord | undefined> {
  const row = await db.selectFrom('tenant_connections').selectAll().where('tenant_id', '=', tenantId).where('vendor', '=', vendor).executeTakeFirst()
  return row && toRecord(row)
}

/** Creates or replaces a connection; `secretSealed` null keeps the stored secret. */
export async function saveConnection(
  db: Store,
  connection: { tenantId: string; vendor: Vendor; config: Record<string, unknown>; secretSealed: string | null },
  now: Date,
): Promise<void> {
  const config = JSON.stringify(connection.config)
  if (connection.secretSealed === null) {
    await db
      .updateTable('tenant_connections')
      .set({ config, updated_at: now })
      .where('tenant_id', '=', connection.tenantId)
      .where('vendor', '=', connection.vendor)
      .execute()
    storeChanged(db, { kind: 'connection', tenantId: connection.tenantId, vendor: connection.vendor })
    return
  }
  await db
    .insertInto('tenant_connections')
    .values({ tenant_id: connection.tenantId, vendor: connection.vendor, config, secret_sealed: connection.secretSealed, secret_updated_at: now, updated_at: now })
    .onConflict((oc) => oc.columns(['tenant_id', 'vendor']).doUpdateSet({ config, secret_sealed: connection.secretSealed ?? '', secret_updated_at: now, updated_at: now }))
    .execute()
  storeChanged(db, { kind: 'connection', tenantId: connection.tenantId, vendor: connection.vendor })
}

export async function deleteConnection(db: Store, tenantId: string, vendor: Vendor): Promise<boolean> {
  const result = await db.deleteFrom('tenant_connections').where('tenant_id', '=', tenantId).where('vendor', '=', vendor).executeTakeFirst()
  storeChanged(db, { kind: 'connection', tenantId, vendor })
  return Number(result.numDeletedRows) > 0
}
