import { useSyncExternalStore } from 'react'

/** Where the console shows times: the browser's own zone, or UTC (DESIGN.md's one display rule). */
export type TimeDisplay = 'local' | 'utc'
export const TIME_DISPLAYS: readonly TimeDisplay[] = ['local', 'utc']

const STORAGE_KEY = 'gatehouse-time-display'
const listeners = new Set<() => void>()

function readStored(): TimeDisplay {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'utc' ? 'utc' : 'local'
  } catch {
    return 'local'
  }
}

// Held in memory as well, so the choice holds for this page even when storage is blocked.
let current: TimeDisplay = readStored()

function notify(): void {
  for (const listener of listeners) listener()
}

/** The choice now in force; formatters read it at call time. */
export function getTimeDisplay(): TimeDisplay {
  return current
}

/** Changes the choice for this tab, remembers it, and re-renders every subscriber (no remount). */
export function setTimeDisplay(next: TimeDisplay): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next)
  } catch {
    // Storage blocked: the choice holds for this page only.
  }
  if (next === current) return
  current = next
  notify()
}

// Another tab changed the choice: follow it.
function onStorage(event: StorageEvent): void {
  if (event.key !== null && event.key !== STORAGE_KEY) return
  const next = readStored()
  if (next === current) return
  current = next
  notify()
}

export function subscribeTimeDisplay(listener: () => void): () => void {
  if (listeners.size === 0 && typeof window !== 'undefined') window.addEventListener('storage', onStorage)
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0 && typeof window !== 'undefined') window.removeEventListener('storage', onStorage)
  }
}

/** The IANA name of the browser's zone, e.g. "Europe/Berlin" (what "local" means here). */
export function localZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'this browser’s zone'
}

/** How a choice reads in menus and commands, e.g. "Local time (Europe/Berlin)" or "UTC". */
export function timeDisplayLabel(display: TimeDisplay): string {
  return display === 'utc' ? 'UTC' : `Local time (${localZoneName()})`
}

/**
 * The time display choice, for components that show times: calling it subscribes the component,
 * so it re-renders (state kept) when the operator switches between local time and UTC.
 */
export function useTimeDisplay() {
  const display = useSyncExternalStore(subscribeTimeDisplay, getTimeDisplay, () => 'local' as const)
  return { display, setDisplay: setTimeDisplay }
}
