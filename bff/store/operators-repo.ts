import { randomUUID } from 'node:crypto'
import type { RoleGrant, Role } from '../../contract/roles'
import type { Store } from './database'

export interface OperatorRecord {
  id: string
  username: string
  displayName: string
  passwordHash: string
  disabled: boolean
  createdAt: Date
}

export interface NewOperator {
  username: string
  displayName: string
  passwordHash: string
  grants: RoleGrant[]
}

const toRecord = (row: {
  id: string
  username: string
  display_name: string
  password_hash: string
  disabled: boolean
  created_at: Date
}): OperatorRecord => ({
  id: row.id,
  username: row.username,
  displayName: row.display_name,
  passwordHash: row.password_hash,
  disabled: row.disabled,
  createdAt: row.created_at,
})

export async function findOperatorByUsername(db: Store, username: string): Promise<OperatorRecord | undefined> {
  const row = await db.selectFrom('operators').selectAll().where('username', '=', username.toLowerCase()).executeTakeFirst()
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
    if (operator.grants.length > 0) {
      await trx
        .insertInto('role_grants')
        .values(operator.grants.map((grant) => ({ operator_id: row.id, tenant_id: grant.tenantId, role: grant.role })))
        .execute()
    }
    return toRecord(row)
  })
}
