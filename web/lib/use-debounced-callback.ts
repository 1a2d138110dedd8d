import { useEffect, useLayoutEffect, useMemo, useRef } from 'react'

export interface DebouncedCallback<Args extends unknown[]> {
  /** Calls the callback once no further call has come for the delay. */
  run: (...args: Args) => void
  /** Calls a pending callback now (e.g. on Enter). */
  flush: () => void
  cancel: () => void
}

/** A debounced version of `callback` that always calls its latest version; pending calls die with the component. */
export function useDebouncedCallback<Args extends unknown[]>(callback: (...args: Args) => void, delayMs: number): DebouncedCallback<Args> {
  const latest = useRef(callback)
  useLayoutEffect(() => {
    latest.current = callback
  })
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const pending = useRef<Args | null>(null)
  useEffect(() => () => clearTimeout(timer.current), [])

  return useMemo(() => {
    const flush = () => {
      clearTimeout(timer.current)
      const args = pending.current
      pending.current = null
      if (args) latest.current(...args)
    }
    return {
      run: (...args: Args) => {
        pending.current = args
        clearTimeout(timer.current)
        timer.current = setTimeout(flush, delayMs)
      },
      flush,
      cancel: () => {
        clearTimeout(timer.current)
        pending.current = null
      },
    }
  }, [delayMs])
}
