import type { Vendor } from '../../contract/connections'
import type { Store } from './database'

/**
 * What this BFF instance just wrote to the store that in-memory caches may hold (connection
 * records, sessions). Repositories announce a change after the write has finished; caches listen
 * and drop what they hold, so a local change takes effect on the very next request.
 */
export type StoreChange =
  | { kind: 'connection'; tenantId: string; vendor: Vendor }
  /** A tenant went, and with it (foreign keys cascade) its connections and role grants. */
  | { kind: 'tenant'; tenantId: string }
  /** One session was ended, touched or re-authenticated. */
  | { kind: 'session'; idHash: string }
  /** An operator's account, roles or sessions changed. */
  | { kind: 'operator'; operatorId: string }

type Listener = (change: StoreChange) => void

// Keyed by the store object, so each store (a test's, the server's) has its own listeners.
const listenersByStore = new WeakMap<Store, Set<Listener>>()

/** Calls `listener` after every change announced for `db`; returns the unsubscribe. */
export function onStoreChange(db: Store, listener: Listener): () => void {
  let listeners = listenersByStore.get(db)
  if (!listeners) {
    listeners = new Set()
    listenersByStore.set(db, listeners)
  }
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** Announces a finished write; listeners run synchronously, before the writer's request answers. */
export function storeChanged(db: Store, change: StoreChange): void {
  for (const listener of listenersByStore.get(db) ?? []) listener(change)
}
