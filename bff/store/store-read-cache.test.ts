import { describe, expect, it } from 'vitest'
import { createStoreReadCache } from './store-read-cache'

/** A load that counts its calls and answers `value()` at the time it is called. */
function counted<V>(value: () => V | undefined) {
  const loader = { calls: 0, load: async () => (loader.calls++, value()) }
  return loader
}

describe('store read cache', () => {
  it('keeps a value for ttlMs, then reads it again', async () => {
    const cache = createStoreReadCache<string>({ ttlMs: 1_000 })
    let stored = 'first'
    const row = counted(() => stored)
    expect(await cache.get('k', 0, row.load)).toBe('first')
    stored = 'second'
    expect(await cache.get('k', 999, row.load)).toBe('first')
    expect(row.calls).toBe(1)
    expect(await cache.get('k', 1_000, row.load)).toBe('second')
    expect(row.calls).toBe(2)
  })

  it('reads again at once after forget, forgetWhere and clear', async () => {
    const cache = createStoreReadCache<string>({ ttlMs: 60_000 })
    let stored = 'a'
    const row = counted(() => stored)
    await cache.get('t1:sws', 0, row.load)
    await cache.get('t1:sps', 0, row.load)
    await cache.get('t2:sws', 0, row.load)
    stored = 'b'
    cache.forget('t1:sws')
    expect(await cache.get('t1:sws', 1, row.load)).toBe('b')
    expect(await cache.get('t1:sps', 1, row.load)).toBe('a')
    cache.forgetWhere((key) => key.startsWith('t1:'))
    expect(await cache.get('t1:sps', 2, row.load)).toBe('b')
    expect(await cache.get('t2:sws', 2, row.load)).toBe('a')
    cache.clear()
    expect(cache.size).toBe(0)
    expect(await cache.get('t2:sws', 3, row.load)).toBe('b')
  })

  it('lets concurrent readers share one read', async () => {
    const cache = createStoreReadCache<string>({ ttlMs: 1_000 })
    const row = counted(() => 'v')
    const values = await Promise.all(Array.from({ length: 16 }, () => cache.get('k', 0, row.load)))
    expect(values).toEqual(Array(16).fill('v'))
    expect(row.calls).toBe(1)
  })

  it('does not keep a read that was in flight when the key was forgotten', async () => {
    const cache = createStoreReadCache<string>({ ttlMs: 60_000 })
    let release!: (value: string) => void
    const slow = cache.get('k', 0, () => new Promise<string>((resolve) => (release = resolve)))
    cache.forget('k')
    release('before the write')
    expect(await slow).toBe('before the write')
    expect(await cache.get('k', 1, async () => 'after the write')).toBe('after the write')
  })

  it('never keeps an absent row or a failed read', async () => {
    const cache = createStoreReadCache<string>({ ttlMs: 60_000 })
    const missing = counted<string>(() => undefined)
    expect(await cache.get('k', 0, missing.load)).toBeUndefined()
    expect(await cache.get('k', 1, missing.load)).toBeUndefined()
    expect(missing.calls).toBe(2)
    await expect(cache.get('e', 0, () => Promise.reject(new Error('store down')))).rejects.toThrow('store down')
    expect(await cache.get('e', 1, async () => 'recovered')).toBe('recovered')
  })

  it('reads afresh when reloadIf rejects the kept value', async () => {
    const cache = createStoreReadCache<{ expired: boolean }>({ ttlMs: 60_000 })
    let stored = { expired: true }
    const row = counted(() => stored)
    await cache.get('k', 0, row.load)
    stored = { expired: false }
    expect(await cache.get('k', 1, row.load, (kept) => kept.expired)).toEqual({ expired: false })
    expect(row.calls).toBe(2)
    // The fresh value is kept in turn.
    expect(await cache.get('k', 2, row.load, (kept) => kept.expired)).toEqual({ expired: false })
    expect(row.calls).toBe(2)
  })

  it('treats a clock that went backwards as stale', async () => {
    const cache = createStoreReadCache<string>({ ttlMs: 1_000 })
    const row = counted(() => 'v')
    await cache.get('k', 10_000, row.load)
    await cache.get('k', 5_000, row.load)
    expect(row.calls).toBe(2)
  })

  it('stays bounded', async () => {
    const cache = createStoreReadCache<number>({ ttlMs: 1_000, maxEntries: 100 })
    for (let i = 0; i < 250; i++) await cache.get(`k${i}`, i * 20, async () => i)
    expect(cache.size).toBeLessThanOrEqual(100)
  })
})
