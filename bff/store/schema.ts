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
  /** TOTP secret, sealed (security/sealing.ts); set once enrolment is confirmed. */
  totp_secret_sealed: ColumnType<string | null, string | null | undefined, string | null>
  /** Secret of an enrolment that has not been confirmed with a code yet. */
  totp_pending_sealed: ColumnType<string | null, string | null | undefined, string | null>
  /** Last TOTP time step accepted, so a code cannot be replayed. */
  totp_last_step: ColumnType<number | null, number | null | undefined, number | null>
  mfa_enabled_at: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface RecoveryCodesTable {
  operator_id: string
  /** SHA-256 of the code; the code is shown once and never stored. */
  code_hash: string
  used_at: Timestamp | null
}

export interface SignInChallengesTable {
  /** SHA-256 of the challenge cookie that carries a password-checked sign-in to its MFA step. */
  id_hash: string
  operator_id: string
  created_at: Timestamp
  attempts: ColumnType<number, number | undefined, number>
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
  /** Last time the operator proved who they are (sign-in or re-authentication). */
  reauth_at: ColumnType<Date | null, Date | null | undefined, Date | null>
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

export interface AuditLogTable {
  /** Position in the chain; assigned under a lock so the chain never forks. */
  seq: number
  at: Timestamp
  actor_id: string | null
  actor: string
  ip: string
  tenant_id: string | null
  action: string
  target: string | null
  reason: string | null
  result: string
  details: ColumnType<unknown, string | null, string | null>
  prev_hash: string
  hash: string
}

export interface TenantConnectionsTable {
  tenant_id: string
  vendor: string
  /** Settings only (addresses, ids, TLS choice); never a secret. */
  config: ColumnType<unknown, string, string>
  /** The vendor secret, sealed (security/sealing.ts) with the tenant and vendor as context. */
  secret_sealed: string
  secret_updated_at: Timestamp
  updated_at: Timestamp
}

export interface IdentityImportJobsTable {
  id: string
  tenant_id: string
  file_name: string
  /** running | completed | cancelled (contract/identity-imports.ts). */
  status: string
  send_invite: boolean
  created_by_id: string | null
  created_by: string
  reason: string | null
  created_at: Timestamp
  finished_at: ColumnType<Date | null, Date | null | undefined, Date | null>
  total: number
  /** Why the job waits (e.g. Identity throttling), shown to the operator. */
  waiting_reason: ColumnType<string | null, string | null | undefined, string | null>
  lease_owner: ColumnType<string | null, string | null | undefined, string | null>
  lease_until: ColumnType<Date | null, Date | null | undefined, Date | null>
}

export interface IdentityImportRowsTable {
  job_id: string
  /** The row's line in the file (the heading is line 1). */
  line: number
  username: string
  email: string
  display_name: string
  mobile_number: string
  office_number: string
  description: string
  organization: string
  /** pending | sending | created | rejected | cancelled; `sending` = outcome unknown until checked. */
  status: string
  message: string | null
  user_uuid: string | null
  attempts: ColumnType<number, number | undefined, number>
  updated_at: Timestamp
}

export interface Database {
  identity_import_jobs: IdentityImportJobsTable
  identity_import_rows: IdentityImportRowsTable
  tenant_connections: TenantConnectionsTable
  audit_log: AuditLogTable
  operators: OperatorsTable
  recovery_codes: RecoveryCodesTable
  sign_in_challenges: SignInChallengesTable
  role_grants: RoleGrantsTable
  sessions: SessionsTable
  sign_in_throttle: SignInThrottleTable
  tenants: TenantsTable
}
