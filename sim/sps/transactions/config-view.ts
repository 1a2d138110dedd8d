import type { SpsConfigRecords, SpsConfigStoreName, SpsData } from '../data/sps-data'
import { DELETED, type ConfigChangeSet } from './config-change-set'

/**
 * The configuration as one session sees it: the committed data, with that session's pending
 * changes on top when it holds the open transaction. Everyone else reads the committed data.
 * Order is the committed order (generated records, then created ones), then records created in
 * the transaction, in the order they were created.
 */
export class ConfigView {
  readonly data: SpsData
  readonly changes: ConfigChangeSet | null

  constructor(data: SpsData, changes: ConfigChangeSet | null) {
    this.data = data
    this.changes = changes
  }

  get<N extends SpsConfigStoreName>(store: N, key: string): SpsConfigRecords[N] | undefined {
    const pending = this.changes?.pendingOf(store)?.get(key)
    if (pending === DELETED) return undefined
    if (pending !== undefined) return pending as SpsConfigRecords[N]
    return this.data.configStore(store).get(key)
  }

  list<N extends SpsConfigStoreName>(store: N): SpsConfigRecords[N][] {
    const committed = this.data.configStore(store)
    const pending = this.changes?.pendingOf(store)
    const out: SpsConfigRecords[N][] = []
    for (const record of committed.values()) {
      const entry = pending?.get(record.key)
      if (entry === DELETED) continue
      out.push(entry === undefined ? record : (entry as SpsConfigRecords[N]))
    }
    if (pending) {
      for (const [key, entry] of pending) {
        if (entry !== DELETED && !committed.has(key)) out.push(entry as SpsConfigRecords[N])
      }
    }
    return out
  }

  keys(store: SpsConfigStoreName): string[] {
    return this.list(store).map((record) => record.key)
  }
}
