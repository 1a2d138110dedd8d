// Counts the requests a simulator received, by method and path, for tests that check what a
// client did (e.g. that it retried exactly once). Distinct keys are capped to bound memory.

const MAX_KEYS = 1_000
const OVERFLOW_KEY = '(other)'

export interface RequestCountsSnapshot {
  readonly total: number
  readonly byRoute: Readonly<Record<string, number>>
}

export class RequestCounters {
  private total = 0
  private readonly byRoute = new Map<string, number>()

  record(method: string, path: string): void {
    this.total++
    let key = `${method.toUpperCase()} ${path}`
    if (!this.byRoute.has(key) && this.byRoute.size >= MAX_KEYS) key = OVERFLOW_KEY
    this.byRoute.set(key, (this.byRoute.get(key) ?? 0) + 1)
  }

  snapshot(): RequestCountsSnapshot {
    return { total: this.total, byRoute: Object.fromEntries(this.byRoute) }
  }

  clear(): void {
    this.total = 0
    this.byRoute.clear()
  }
}
