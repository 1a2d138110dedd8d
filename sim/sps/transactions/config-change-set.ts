import type { SpsConfigRecords, SpsConfigStoreName, SpsData } from '../data/sps-data'

// The pending changes of one transaction: per configuration collection, the records it created
// or replaced and the keys it deleted, plus the change log `GET /api/transaction/changes` shows.
// Nothing reaches the committed data until `applyTo` (commit); a rollback just drops the set.

export type AnyConfigRecord = SpsConfigRecords[SpsConfigStoreName]

export const DELETED = Symbol('deleted')
export type PendingEntry = AnyConfigRecord | typeof DELETED

/** One entry of the changelog (seed 5.7 "Reviewing the changelog of a transaction"). */
export interface ConfigChange {
  readonly type: 'create' | 'replace' | 'delete'
  /** The changed object's path, e.g. `/api/configuration/policies/time_policies/<key>`. */
  readonly path: string
  readonly new_value?: unknown
  readonly old_value?: unknown
}

export class ConfigChangeSet {
  private readonly pending = new Map<SpsConfigStoreName, Map<string, PendingEntry>>()
  private readonly log: ConfigChange[] = []

  pendingOf(store: SpsConfigStoreName): ReadonlyMap<string, PendingEntry> | undefined {
    return this.pending.get(store)
  }

  put<N extends SpsConfigStoreName>(store: N, record: SpsConfigRecords[N]): void {
    this.entries(store).set(record.key, record)
  }

  remove(store: SpsConfigStoreName, key: string): void {
    this.entries(store).set(key, DELETED)
  }

  record(change: ConfigChange): void {
    this.log.push(change)
  }

  get changes(): readonly ConfigChange[] {
    return this.log
  }

  /** Commit: writes every pending record and deletion into the committed stores, in order. */
  applyTo(data: SpsData): void {
    for (const [name, entries] of this.pending) {
      const store = data.configStore(name)
      for (const [key, entry] of entries) {
        if (entry === DELETED) store.delete(key)
        else store.put(key, entry as never)
      }
    }
  }

  private entries(store: SpsConfigStoreName): Map<string, PendingEntry> {
    let entries = this.pending.get(store)
    if (!entries) {
      entries = new Map()
      this.pending.set(store, entries)
    }
    return entries
  }
}
