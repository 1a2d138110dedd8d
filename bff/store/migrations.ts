import { Migrator, sql, type Kysely, type Migration } from 'kysely'

/** Migrations in order; never edit one that has shipped, add the next instead. */
const MIGRATIONS: Record<string, Migration> = {
  '0001_foundation': {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('operators')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('username', 'text', (col) => col.notNull().unique())
        .addColumn('display_name', 'text', (col) => col.notNull())
        .addColumn('password_hash', 'text', (col) => col.notNull())
        .addColumn('disabled', 'boolean', (col) => col.notNull().defaultTo(false))
        .addColumn('created_at', 'timestamptz', (col) => col.notNull())
        .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
        .execute()
      await db.schema
        .createTable('tenants')
        .addColumn('id', 'text', (col) => col.primaryKey())
        .addColumn('name', 'text', (col) => col.notNull().unique())
        .addColumn('created_at', 'timestamptz', (col) => col.notNull())
        .execute()
      await db.schema
        .createTable('role_grants')
        .addColumn('id', 'serial', (col) => col.primaryKey())
        .addColumn('operator_id', 'text', (col) => col.notNull().references('operators.id').onDelete('cascade'))
        .addColumn('tenant_id', 'text', (col) => col.references('tenants.id').onDelete('cascade'))
        .addColumn('role', 'text', (col) => col.notNull())
        .execute()
      // One grant per operator, scope and role; COALESCE makes "all tenants" (null) comparable.
      await sql`create unique index role_grants_unique on role_grants (operator_id, coalesce(tenant_id, '*'), role)`.execute(db)
      await db.schema
        .createTable('sessions')
        .addColumn('id_hash', 'text', (col) => col.primaryKey())
        .addColumn('operator_id', 'text', (col) => col.notNull().references('operators.id').onDelete('cascade'))
        .addColumn('created_at', 'timestamptz', (col) => col.notNull())
        .addColumn('last_seen_at', 'timestamptz', (col) => col.notNull())
        .addColumn('ip', 'text', (col) => col.notNull())
        .addColumn('user_agent', 'text', (col) => col.notNull())
        .execute()
      await db.schema.createIndex('sessions_operator').on('sessions').column('operator_id').execute()
      await db.schema
        .createTable('sign_in_throttle')
        .addColumn('username', 'text', (col) => col.notNull())
        .addColumn('ip', 'text', (col) => col.notNull())
        .addColumn('failures', 'integer', (col) => col.notNull())
        .addColumn('locked_until', 'timestamptz')
        .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
        .addPrimaryKeyConstraint('sign_in_throttle_pk', ['username', 'ip'])
        .execute()
    },
  },
}

MIGRATIONS['0002_audit_log'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('audit_log')
      .addColumn('seq', 'integer', (col) => col.primaryKey())
      .addColumn('at', 'timestamptz', (col) => col.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor', 'text', (col) => col.notNull())
      .addColumn('ip', 'text', (col) => col.notNull())
      .addColumn('tenant_id', 'text')
      .addColumn('action', 'text', (col) => col.notNull())
      .addColumn('target', 'text')
      .addColumn('reason', 'text')
      .addColumn('result', 'text', (col) => col.notNull())
      .addColumn('details', 'jsonb')
      .addColumn('prev_hash', 'text', (col) => col.notNull())
      .addColumn('hash', 'text', (col) => col.notNull())
      .execute()
    await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute()
    await db.schema.createIndex('audit_log_actor').on('audit_log').column('actor').execute()
    await db.schema.createIndex('audit_log_action').on('audit_log').column('action').execute()
    // Append only, enforced by the database too: the application role cannot rewrite history by mistake.
    await sql`create function audit_log_append_only() returns trigger language plpgsql as $$
      begin raise exception 'audit_log is append-only'; end $$`.execute(db)
    await sql`create trigger audit_log_no_update before update or delete on audit_log
      for each row execute function audit_log_append_only()`.execute(db)
    // Row triggers do not fire for TRUNCATE; a statement trigger covers it.
    await sql`create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only()`.execute(db)
  },
}

MIGRATIONS['0003_operator_mfa_reauth'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .alterTable('operators')
      .addColumn('totp_secret_sealed', 'text')
      .addColumn('totp_pending_sealed', 'text')
      .addColumn('totp_last_step', 'integer')
      .addColumn('mfa_enabled_at', 'timestamptz')
      .execute()
    await db.schema
      .createTable('recovery_codes')
      .addColumn('operator_id', 'text', (col) => col.notNull().references('operators.id').onDelete('cascade'))
      .addColumn('code_hash', 'text', (col) => col.notNull())
      .addColumn('used_at', 'timestamptz')
      .addPrimaryKeyConstraint('recovery_codes_pk', ['operator_id', 'code_hash'])
      .execute()
    await db.schema.alterTable('sessions').addColumn('reauth_at', 'timestamptz').execute()
    await db.schema
      .createTable('sign_in_challenges')
      .addColumn('id_hash', 'text', (col) => col.primaryKey())
      .addColumn('operator_id', 'text', (col) => col.notNull().references('operators.id').onDelete('cascade'))
      .addColumn('created_at', 'timestamptz', (col) => col.notNull())
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .execute()
  },
}

MIGRATIONS['0004_tenant_connections'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('tenant_connections')
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('vendor', 'text', (col) => col.notNull())
      .addColumn('config', 'jsonb', (col) => col.notNull())
      .addColumn('secret_sealed', 'text', (col) => col.notNull())
      .addColumn('secret_updated_at', 'timestamptz', (col) => col.notNull())
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
      .addPrimaryKeyConstraint('tenant_connections_pk', ['tenant_id', 'vendor'])
      .execute()
  },
}

MIGRATIONS['0005_identity_imports'] = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable('identity_import_jobs')
      .addColumn('id', 'text', (col) => col.primaryKey())
      .addColumn('tenant_id', 'text', (col) => col.notNull().references('tenants.id').onDelete('cascade'))
      .addColumn('file_name', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('send_invite', 'boolean', (col) => col.notNull())
      .addColumn('created_by_id', 'text')
      .addColumn('created_by', 'text', (col) => col.notNull())
      .addColumn('reason', 'text')
      .addColumn('created_at', 'timestamptz', (col) => col.notNull())
      .addColumn('finished_at', 'timestamptz')
      .addColumn('total', 'integer', (col) => col.notNull())
      .addColumn('waiting_reason', 'text')
      // Which BFF instance runs the job, until when: another instance takes over once it lapses.
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', 'timestamptz')
      .execute()
    await db.schema.createIndex('identity_import_jobs_tenant').on('identity_import_jobs').columns(['tenant_id', 'created_at']).execute()
    await db.schema
      .createTable('identity_import_rows')
      .addColumn('job_id', 'text', (col) => col.notNull().references('identity_import_jobs.id').onDelete('cascade'))
      .addColumn('line', 'integer', (col) => col.notNull())
      .addColumn('username', 'text', (col) => col.notNull())
      .addColumn('email', 'text', (col) => col.notNull())
      .addColumn('display_name', 'text', (col) => col.notNull())
      .addColumn('mobile_number', 'text', (col) => col.notNull())
      .addColumn('office_number', 'text', (col) => col.notNull())
      .addColumn('description', 'text', (col) => col.notNull())
      .addColumn('organization', 'text', (col) => col.notNull())
      .addColumn('status', 'text', (col) => col.notNull())
      .addColumn('message', 'text')
      .addColumn('user_uuid', 'text')
      .addColumn('attempts', 'integer', (col) => col.notNull().defaultTo(0))
      .addColumn('updated_at', 'timestamptz', (col) => col.notNull())
      .addPrimaryKeyConstraint('identity_import_rows_pk', ['job_id', 'line'])
      .execute()
    await db.schema.createIndex('identity_import_rows_status').on('identity_import_rows').columns(['job_id', 'status', 'line']).execute()
  },
}

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error || failed) {
    throw new Error(`Store migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error })
  }
}
