import { randomUUID } from 'node:crypto'
import type { Selectable } from 'kysely'
import type { Role, RoleGrant } from '../../contract/roles'
import type { Store } from './database'
import type { OperatorsTable } from './schema'
import { storeChanged } from './store-changes'

export interface OperatorRecord {
  id: string
  username: string
  displayName: string
  passwordHash: string
  disabled: boolean
  createdAt: Date
  mfaEnabledAt: Date | null
  totpSecretSealed: string | null
  totpPendingSealed: string | null
  totpLastStep: number | null
}

export interface NewOperator {
  username: string
  displayName: string
  passwordHash: string
  grants: RoleGrant[]
}

const toRecord = (row: Selectable<OperatorsTable>): OperatorRecord => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  passwordHash: row.password_hash,
  disabled: row.disabled,
  createdAt: row.created_at,
  mfaEnabledAt: row.mfa_enabled_at,
  totpSecretSealed: row.totp_secret_sealed,
  totpPendingSealed: row.totp_pending_sealed,
  totpLastStep: row.totp_last_step,
})

export async function findOperatorByUsername(db: Store, username: string): Promise<OperatorRecord | undefined> {
  const row = await db.selectFrom('operators').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst()
  return row && toRecord(row)
}

export async function findOperatorById(db: Store, id: string): Promise<OperatorRecord | undefined> {
  const row = await db.selectFrom('operators').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toRecord(row)
}

export async function countOperators(db: Store): Promise<number> {
  const { count } = await db.selectFrom('operators').select((eb) => eb.fn.countAll<string>().as('count')).executeTakeFirstOrThrow()
  return Number(count)
}

export async function listGrants(db: Store, operatorId: string): Promise<RoleGrant[]> {
  const rows = await db.selectFrom('role_grants').select(['role', 'tenant_id']).where('operator_id', '=', operatorId).orderBy('id').execute()
  return rows.map((row) => ({ role: row.role as Role, tenantId: row.tenant_id }))
}

export async function listOperators(db: Store): Promise<Array<OperatorRecord & { grants: RoleGrant[] }>> {
  const [operators, grants] = await Promise.all([
    db.selectFrom('operators').selectAll().orderBy('username').execute(),
    db.selectFrom('role_grants').select(['operator_id', 'role', 'tenant_id']).orderBy('id').execute(),
  ])
  return operators.map((row) => ({
    ...toRecord(row),
    grants: grants.filter((g) => g.operator_id === row.id).map((g) => ({ role: g.role as Role, tenantId: g.tenant_id })),
  }))
}

export async function createOperator(db: Store, operator: NewOperator, now: Date): Promise<OperatorRecord> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('operators')
      .values({
        id: randomUUID(),
        username: operator.username.toLowerCase(),
        display_name: operator.displayName,
        password_hash: operator.passwordHash,
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow()
    await replaceGrantsIn(trx, row.id, operator.grants)
    return toRecord(row)
  })
}

async function replaceGrantsIn(db: Store, operatorId: string, grants: RoleGrant[]): Promise<void> {
  await db.deleteFrom('role_grants').where('operator_id', '=', operatorId).execute()
  if (grants.length === 0) return
  await db
    .insertInto('role_grants')
    .values(grants.map((grant) => ({ operator_id: operatorId, tenant_id: grant.tenantId, role: grant.role })))
    .execute()
}

export async function replaceGrants(db: Store, operatorId: string, grants: RoleGrant[], now: Date): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await replaceGrantsIn(trx, operatorId, grants)
    await trx.updateTable('operators').set({ updated_at: now }).where('id', '=', operatorId).execute()
  })
  storeChanged(db, { kind: 'operator', operatorId })
}

export async function updateOperator(
  db: Store,
  operatorId: string,
  changes: Partial<Pick<OperatorRecord, 'disabled' | 'passwordHash' | 'mfaEnabledAt' | 'totpSecretSealed' | 'totpPendingSealed' | 'totpLastStep'>>,
  now: Date,
): Promise<void> {
  await db
    .updateTable('operators')
    .set({
      updated_at: now,
      ...(changes.disabled !== undefined && { disabled: changes.disabled }),
      ...(changes.passwordHash !== undefined && { password_hash: changes.passwordHash }),
      ...(changes.mfaEnabledAt !== undefined && { mfa_enabled_at: changes.mfaEnabledAt }),
      ...(changes.totpSecretSealed !== undefined && { totp_secret_sealed: changes.totpSecretSealed }),
      ...(changes.totpPendingSealed !== undefined && { totp_pending_sealed: changes.totpPendingSealed }),
      ...(changes.totpLastStep !== undefined && { totp_last_step: changes.totpLastStep }),
    })
    .where('id', '=', operatorId)
    .execute()
  storeChanged(db, { kind: 'operator', operatorId })
}

/** Enabled operators holding admin for every tenant: the console must always keep one. */
export async function countActiveGlobalAdmins(db: Store): Promise<number> {
  const { count } = await db
    .selectFrom('role_grants')
    .innerJoin('operators', 'operators.id', 'role_grants.operator_id')
    .select((eb) => eb.fn.count<string>('operators.id').distinct().as('count'))
    .where('role_grants.role', '=', 'admin')
    .where('role_grants.tenant_id', 'is', null)
    .where('operators.disabled', '=', false)
    .executeTakeFirstOrThrow()
  return Number(count)
}
