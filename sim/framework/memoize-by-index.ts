import type { SimDataOptions } from './sim-data-options'

/**
 * Caches a per-index value of a small collection (organizations, roles, policies) for one data
 * model, so records of large collections that refer to them do not rebuild it every time.
 */
export function memoizeByIndex<T>(compute: (options: SimDataOptions, index: number) => T): (options: SimDataOptions, index: number) => T {
  const caches = new WeakMap<SimDataOptions, Map<number, T>>()
  return (options, index) => {
    let cache = caches.get(options)
    if (!cache) {
      cache = new Map()
      caches.set(options, cache)
    }
    let value = cache.get(index)
    if (value === undefined) {
      value = compute(options, index)
      cache.set(index, value)
    }
    return value
  }
}
