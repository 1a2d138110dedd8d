import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { Kysely, PostgresDialect } from 'kysely'
import { PGliteDialect } from 'kysely-pglite-dialect'
import pg from 'pg'
import { migrateToLatest } from './migrations'
import type { Database } from './schema'

export type Store = Kysely<Database>

export interface StoreLocation {
  /** PostgreSQL server; wins over dataDir. */
  databaseUrl: string | null
  /** Folder holding the embedded PGlite database, or 'memory'. */
  dataDir: string
}

/** Opens the store (PostgreSQL when a URL is given, embedded PGlite otherwise) and migrates it. */
export async function openStore(location: StoreLocation): Promise<Store> {
  const db = new Kysely<Database>({ dialect: createDialect(location) })
  await migrateToLatest(db as Kysely<unknown>)
  return db
}

function createDialect({ databaseUrl, dataDir }: StoreLocation) {
  if (databaseUrl) return new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 10 }) })
  if (dataDir === 'memory') return new PGliteDialect(new PGlite())
  const folder = path.join(dataDir, 'pglite')
  mkdirSync(folder, { recursive: true, mode: 0o700 })
  return new PGliteDialect(new PGlite(folder))
}
