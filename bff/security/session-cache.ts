import type { RoleGrant } from '../../contract/roles'
import type { Store } from '../store/database'
import { listGrants } from '../store/operators-repo'
import { findSession, type SessionRow } from '../store/sessions-repo'
import { onStoreChange } from '../store/store-changes'
import { createStoreReadCache, type StoreReadCache } from '../store/store-read-cache'

/**
 * How long a session row and its operator's grants, read from the store, are trusted before they
 * are read again. Everything that ends or narrows a session through this BFF — sign-out,
 * re-authentication, an operator disabled or their roles or password changed, a tenant deleted,
 * expiry — drops the kept copy before that request answers (store-changes.ts), so it applies to
 * the very next request here. Only a change made by another BFF instance on the shared
 * PostgreSQL store waits up to this long.
 */
export const SESSION_RECHECK_MS = 1_000

export interface StoredSession {
  row: SessionRow
  grants: readonly Readonly<RoleGrant>[]
}

const caches = new WeakMap<Store, StoreReadCache<StoredSession>>()

function cacheFor(db: Store): StoreReadCache<StoredSession> {
  let cache = caches.get(db)
  if (!cache) {
    const created = createStoreReadCache<StoredSession>({ ttlMs: SESSION_RECHECK_MS })
    onStoreChange(db, (change) => {
      if (change.kind === 'session') created.forget(change.idHash)
      // Rare admin actions: start again rather than track which sessions an operator holds.
      else if (change.kind === 'operator' || change.kind === 'tenant') created.clear()
    })
    caches.set(db, created)
    cache = created
  }
  return cache
}

async function readStoredSession(db: Store, idHash: string): Promise<StoredSession | undefined> {
  const row = await findSession(db, idHash)
  if (!row) return undefined
  const grants = (await listGrants(db, row.operatorId)).map((grant) => Object.freeze(grant))
  return { row, grants: Object.freeze(grants) }
}

/**
 * The session and its grants at time `at` (ms, the deps clock). A kept copy that `mustReread`
 * rejects (e.g. it looks expired or disabled) is read afresh, so decisions that end a session are
 * always made on what the store holds now.
 */
export function loadStoredSession(db: Store, idHash: string, at: number, mustReread: (kept: StoredSession) => boolean): Promise<StoredSession | undefined> {
  return cacheFor(db).get(idHash, at, () => readStoredSession(db, idHash), mustReread)
}
