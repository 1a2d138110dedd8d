import { useEffect, useState } from 'react'

/**
 * `value` once it has stopped changing for `delayMs` (the first value at once): pages are asked
 * for where the timeline comes to rest, not for every page a fast scroll flies past.
 */
export function useSettledValue<T>(value: T, delayMs: number, isEqual: (a: T, b: T) => boolean): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    if (isEqual(value, settled)) return
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, settled, delayMs, isEqual])
  return settled
}
