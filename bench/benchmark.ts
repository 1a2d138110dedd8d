/** One line of the results table. A benchmark may produce several (one per page, per route…). */
export interface BenchRow {
  benchmark: string
  /** What the figures are about, e.g. "sign-in page" or "route chunk /sign-in". */
  subject: string
  /** Human-readable figures, e.g. "161.2 KB gzip". */
  figures: string
  budget: string
  /** true / false when a budget applies to this row, null when the row is informative only. */
  met: boolean | null
  /** Raw numbers for bench/results.json. */
  data?: Record<string, unknown>
}

export interface MeasuredBenchmark {
  name: string
  budget: string
  run(): Promise<BenchRow[]>
}

/** A benchmark whose subject does not exist yet: listed with the reason, never faked. */
export interface PendingBenchmark {
  name: string
  budget: string
  pendingReason: string
}

export type Benchmark = MeasuredBenchmark | PendingBenchmark

export function isPending(benchmark: Benchmark): benchmark is PendingBenchmark {
  return 'pendingReason' in benchmark
}
