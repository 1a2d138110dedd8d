/**
 * Runs at most `max` of the given tasks at a time; the rest wait their turn in order. A task
 * whose signal aborts while it waits (its row scrolled or paged away) never starts.
 */
export function limitConcurrency(max: number) {
  let running = 0
  const waiting: Array<() => void> = []
  return async function run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    if (running >= max) await new Promise<void>((resolve) => waiting.push(resolve))
    if (signal?.aborted) {
      waiting.shift()?.()
      throw signal.reason ?? new DOMException('Aborted', 'AbortError')
    }
    running++
    try {
      return await task()
    } finally {
      running--
      waiting.shift()?.()
    }
  }
}
