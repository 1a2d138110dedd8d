import type { Benchmark } from './benchmark'
import { bulkImportBenchmark } from './benchmarks/bulk-import'
import { bundleBenchmark } from './benchmarks/bundle'
import { harnessSelfCheckBenchmark } from './benchmarks/harness-self-check'
import { lighthouseBenchmark } from './benchmarks/lighthouse'
import { sessionPlayerBenchmark } from './benchmarks/session-player'
import { simStartupBenchmark } from './benchmarks/sim-startup'

/**
 * Every benchmark, in the order `npm run bench` runs them. A pending one becomes measured by
 * adding its file under benchmarks/ and replacing its entry here.
 */
export const BENCHMARKS: readonly Benchmark[] = [
  bundleBenchmark,
  simStartupBenchmark,
  {
    name: 'bff-overhead',
    budget: '≤ 1 ms p50 at concurrency 1 over a direct vendor call',
    pendingReason: 'needs a BFF route that reads from a vendor (Tenant connections, issue 8)',
  },
  harnessSelfCheckBenchmark,
  {
    name: 'users-page',
    budget: '≤ 300 ms p95 navigate → rows visible, 100k users',
    pendingReason: 'needs the users screen (Identity screens, issue 9)',
  },
  sessionPlayerBenchmark,
  bulkImportBenchmark,
  lighthouseBenchmark,
]
