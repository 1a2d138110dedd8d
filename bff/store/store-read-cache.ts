/**
 * A short-lived in-memory copy of store reads made on every request (connection records,
 * sessions), for a store where each query costs a millisecond or so (PGlite runs them one at a
 * time). A value is reused for `ttlMs` and then read again; concurrent readers share one read;
 * an absent row or a failed read is never kept. Callers drop keys when this instance changes
 * the rows (see store-changes.ts), so only another instance's change waits for the re-read.
 */
export interface StoreReadCache<V> {
  /**
   * The value for `key`: the kept one while younger than ttlMs at time `at` (ms) — unless
   * `reloadIf` says it must be read afresh — otherwise the result of `load()`.
   */
  get(key: string, at: number, load: () => Promise<V | undefined>, reloadIf?: (kept: V) => boolean): Promise<V | undefined>
  forget(key: string): void
  forgetWhere(predicate: (key: string) => boolean): void
  clear(): void
  readonly size: number
}

interface Slot<V> {
  loadedAt: number
  value: Promise<V | undefined>
}

export function createStoreReadCache<V>(options: { ttlMs: number; maxEntries?: number }): StoreReadCache<V> {
  const slots = new Map<string, Slot<V>>()
  const maxEntries = options.maxEntries ?? 10_000

  // A clock that went backwards makes nothing fresh rather than everything.
  const fresh = (slot: Slot<V>, at: number) => at >= slot.loadedAt && at - slot.loadedAt < options.ttlMs

  function prune(at: number) {
    for (const [key, slot] of slots) if (!fresh(slot, at)) slots.delete(key)
    if (slots.size >= maxEntries) slots.clear()
  }

  function startLoad(key: string, at: number, load: () => Promise<V | undefined>): Promise<V | undefined> {
    if (slots.size >= maxEntries) prune(at)
    const slot: Slot<V> = { loadedAt: at, value: load() }
    slots.set(key, slot)
    // Only this very slot is dropped: a forget() (or a newer read) may have replaced it meanwhile.
    const drop = () => {
      if (slots.get(key) === slot) slots.delete(key)
    }
    slot.value.then((value) => value === undefined && drop(), drop)
    return slot.value
  }

  return {
    async get(key, at, load, reloadIf) {
      const slot = slots.get(key)
      if (slot && fresh(slot, at)) {
        const kept = await slot.value.catch(() => undefined)
        if (kept !== undefined && !reloadIf?.(kept)) return kept
        if (slots.get(key) === slot) slots.delete(key)
      }
      const current = slots.get(key)
      // A read another caller started after ours was found wanting is as good as a new one.
      if (current && current !== slot && fresh(current, at)) return current.value
      return startLoad(key, at, load)
    },
    forget(key) {
      slots.delete(key)
    },
    forgetWhere(predicate) {
      for (const key of [...slots.keys()]) if (predicate(key)) slots.delete(key)
    },
    clear() {
      slots.clear()
    },
    get size() {
      return slots.size
    },
  }
}
