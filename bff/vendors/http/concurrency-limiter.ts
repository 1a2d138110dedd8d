/** At most `limit` tasks run at once; the rest wait in arrival order. */
export interface ConcurrencyLimiter {
  run<T>(task: () => Promise<T>): Promise<T>
  readonly active: number
  readonly waiting: number
}

export function createConcurrencyLimiter(limit: number): ConcurrencyLimiter {
  if (!Number.isInteger(limit) || limit < 1) throw new Error('The concurrency limit must be a positive integer.')
  let active = 0
  const queue: (() => void)[] = []

  const release = () => {
    const next = queue.shift()
    // Hand the slot straight to the next waiter, so a newcomer cannot overtake the queue.
    if (next) next()
    else active -= 1
  }

  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active < limit) active += 1
      else await new Promise<void>((resolve) => queue.push(resolve))
      try {
        return await task()
      } finally {
        release()
      }
    },
    get active() {
      return active
    },
    get waiting() {
      return queue.length
    },
  }
}
