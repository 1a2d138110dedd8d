import type { ColumnType, Generated } from 'kysely'

/** Timestamps are written by the BFF (its clock, so tests can move time) and read back as Date. */
type Timestamp = ColumnType<Date, Date, Date>

export interface OperatorsTable {
  id: string
  username: string
  display_name: string
  password_hash: string
  disabled: ColumnType<boolean, boolean | undefined, boolean>
  created_at: Timestamp
  updated_at: Timestamp
}

export interface RoleGrantsTable {
  id: Generated<number>
  operator_id: string
  /** null: the role holds for every tenant. */
  tenant_id: string | null
  role: string
}

export interface SessionsTable {
  /** SHA-256 of the cookie token; the token itself is never stored. */
  id_hash: string
  operator_id: string
  created_at: Timestamp
  last_seen_at: Timestamp
  ip: string
  user_agent: string
}

export interface SignInThrottleTable {
  username: string
  ip: string
  failures: number
  locked_until: Timestamp | null
  updated_at: Timestamp
}

export interface TenantsTable {
  id: string
  name: string
  created_at: Timestamp
}

export interface Database {
  operators: OperatorsTable
  role_grants: RoleGrantsTable
  sessions: SessionsTable
  sign_in_throttle: SignInThrottleTable
  tenants: TenantsTable
}
