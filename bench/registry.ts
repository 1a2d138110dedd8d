import type { Benchmark } from './benchmark'
import { bffOverheadBenchmark } from './benchmarks/bff-overhead'
import { bulkImportBenchmark } from './benchmarks/bulk-import'
import { bundleBenchmark } from './benchmarks/bundle'
import { lighthouseBenchmark } from './benchmarks/lighthouse'
import { sessionPlayerBenchmark } from './benchmarks/session-player'
import { simStartupBenchmark } from './benchmarks/sim-startup'
import { usersPageBenchmark } from './benchmarks/users-page'

/**
 * Every benchmark, in the order `npm run bench` runs them. A pending one becomes measured by
 * adding its file under benchmarks/ and replacing its entry here.
 */
export const BENCHMARKS: readonly Benchmark[] = [
  bundleBenchmark,
  simStartupBenchmark,
  bffOverheadBenchmark,
  usersPageBenchmark,
  sessionPlayerBenchmark,
  bulkImportBenchmark,
  lighthouseBenchmark,
]
