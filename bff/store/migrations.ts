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

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((result) => result.status === 'Error')
  if (error || failed) {
    throw new Error(`Store migration ${failed?.migrationName ?? ''} failed: ${String(error)}`, { cause: error })
  }
}
