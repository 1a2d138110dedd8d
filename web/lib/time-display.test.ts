import { afterEach, describe, expect, it, vi } from 'vitest'

// The store reads localStorage once at load, so each test loads a fresh copy over stubbed globals.
function fakeStorage(initial: Record<string, string> = {}, blocked = false) {
  const items = new Map(Object.entries(initial))
  return {
    getItem: (key: string) => {
      if (blocked) throw new Error('SecurityError')
      return items.get(key) ?? null
    },
    setItem: (key: string, value: string) => {
      if (blocked) throw new Error('SecurityError')
      items.set(key, value)
    },
    items,
  }
}

async function load(storage: ReturnType<typeof fakeStorage>) {
  vi.resetModules()
  const window = new EventTarget()
  vi.stubGlobal('localStorage', storage)
  vi.stubGlobal('window', window)
  return { window, store: await import('./time-display') }
}

// Another tab wrote the key: the browser fires `storage` here (StorageEvent is not in Node).
function storageEvent(key: string | null) {
  return Object.assign(new Event('storage'), { key })
}

describe('time display preference', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('is local time until the operator chooses UTC, and remembers the choice', async () => {
    const storage = fakeStorage()
    const { store } = await load(storage)
    expect(store.getTimeDisplay()).toBe('local')
    store.setTimeDisplay('utc')
    expect(store.getTimeDisplay()).toBe('utc')
    expect(storage.items.get('gatehouse-time-display')).toBe('utc')

    const reloaded = await load(storage)
    expect(reloaded.store.getTimeDisplay()).toBe('utc')
  })

  it('ignores an unknown stored value', async () => {
    const { store } = await load(fakeStorage({ 'gatehouse-time-display': '<img src=x>' }))
    expect(store.getTimeDisplay()).toBe('local')
  })

  it('tells subscribers once per real change', async () => {
    const { store } = await load(fakeStorage())
    const listener = vi.fn()
    const unsubscribe = store.subscribeTimeDisplay(listener)
    store.setTimeDisplay('utc')
    store.setTimeDisplay('utc')
    expect(listener).toHaveBeenCalledTimes(1)
    unsubscribe()
    store.setTimeDisplay('local')
    expect(listener).toHaveBeenCalledTimes(1)
  })

  it('follows a change made in another tab', async () => {
    const storage = fakeStorage()
    const { store, window } = await load(storage)
    const listener = vi.fn()
    store.subscribeTimeDisplay(listener)
    storage.items.set('gatehouse-time-display', 'utc')
    window.dispatchEvent(storageEvent('some-other-key'))
    expect(store.getTimeDisplay()).toBe('local')
    window.dispatchEvent(storageEvent('gatehouse-time-display'))
    expect(store.getTimeDisplay()).toBe('utc')
    expect(listener).toHaveBeenCalledTimes(1)
    // localStorage.clear() elsewhere: the key is gone, so back to local time.
    storage.items.clear()
    window.dispatchEvent(storageEvent(null))
    expect(store.getTimeDisplay()).toBe('local')
  })

  it('holds the choice for the page when storage is blocked', async () => {
    const { store } = await load(fakeStorage({}, true))
    expect(store.getTimeDisplay()).toBe('local')
    store.setTimeDisplay('utc')
    expect(store.getTimeDisplay()).toBe('utc')
  })

  it('names the choices for menus, local time with its zone', async () => {
    const { store } = await load(fakeStorage())
    expect(store.timeDisplayLabel('utc')).toBe('UTC')
    expect(store.timeDisplayLabel('local')).toBe(`Local time (${Intl.DateTimeFormat().resolvedOptions().timeZone})`)
  })
})
