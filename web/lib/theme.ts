import { useCallback, useSyncExternalStore } from 'react'

export type ThemePreference = 'light' | 'dark' | 'system'
const STORAGE_KEY = 'gatehouse-theme'
const darkQuery = () => window.matchMedia('(prefers-color-scheme: dark)')
const listeners = new Set<() => void>()

function readPreference(): ThemePreference {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    return saved === 'light' || saved === 'dark' ? saved : 'system'
  } catch {
    return 'system'
  }
}

function resolve(preference: ThemePreference): 'light' | 'dark' {
  if (preference !== 'system') return preference
  return darkQuery().matches ? 'dark' : 'light'
}

function apply(): void {
  document.documentElement.classList.toggle('dark', resolve(readPreference()) === 'dark')
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  const media = darkQuery()
  media.addEventListener('change', apply)
  window.addEventListener('storage', apply)
  return () => {
    listeners.delete(listener)
    media.removeEventListener('change', apply)
    window.removeEventListener('storage', apply)
  }
}

/** The theme preference (remembered in localStorage) and the theme actually shown. */
export function useTheme() {
  const preference = useSyncExternalStore(subscribe, readPreference, () => 'system' as const)
  const resolved = useSyncExternalStore(subscribe, () => resolve(readPreference()), () => 'light' as const)
  const setPreference = useCallback((next: ThemePreference) => {
    try {
      localStorage.setItem(STORAGE_KEY, next)
    } catch {
      // Storage blocked: the choice holds for this page only.
    }
    apply()
  }, [])
  return { preference, resolved, setPreference }
}
