import type { Store } from './database'
import { storeChanged } from './store-changes'

export interface TenantRecord {
  id: string
  name: string
}

export async function listTenants(db: Store): Promise<TenantRecord[]> {
  return db.selectFrom('tenants').select(['id', 'name']).orderBy('name').execute()
}

export async function findTenant(db: Store, id: string): Promise<TenantRecord | undefined> {
  return db.selectFrom('tenants').select(['id', 'name']).where('id', '=', id).executeTakeFirst()
}

/** Creates the tenant unless one with that id exists; returns whether it was created. */
export async function ensureTenant(db: Store, tenant: TenantRecord, now: Date): Promise<boolean> {
  const result = await db
    .insertInto('tenants')
    .values({ ...tenant, created_at: now })
    .onConflict((oc) => oc.column('id').doNothing())
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0) > 0
}

export async function insertTenant(db: Store, tenant: TenantRecord, now: Date): Promise<void> {
  await db.insertInto('tenants').values({ ...tenant, created_at: now }).execute()
}

export async function deleteTenant(db: Store, id: string): Promise<void> {
  await db.deleteFrom('tenants').where('id', '=', id).execute()
  storeChanged(db, { kind: 'tenant', tenantId: id })
}
