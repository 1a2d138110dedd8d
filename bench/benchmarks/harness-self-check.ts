import type { BenchRow, MeasuredBenchmark } from '../benchmark'
import { startBffProcess } from '../support/bff-process'
import { describeLoad, interleavedLoad } from '../support/http-load'
import { startSimulatorsProcess } from '../support/simulators-process'

const NOT_A_BUDGET = '— (self-check, not the bff-overhead figure)'

/**
 * Proves the direct-vs-BFF load harness that bff-overhead will use, on the two endpoints that
 * exist today: the Identity simulator's /__sim/state and the BFF's /api/health. They do different
 * work (health queries the store), so their difference is NOT the BFF's overhead.
 */
export const harnessSelfCheckBenchmark: MeasuredBenchmark = {
  name: 'harness-self-check',
  budget: NOT_A_BUDGET,
  async run() {
    const sims = await startSimulatorsProcess('small')
    try {
      const bff = await startBffProcess({ staticDir: null })
      try {
        const targets = [
          { label: 'direct: simulator GET /__sim/state', url: `${sims.identityUrl}/__sim/state` },
          { label: 'BFF: GET /api/health', url: `${bff.origin}/api/health` },
        ]
        const rows: BenchRow[] = []
        for (const connections of [1, 16]) {
          const figures = await interleavedLoad(targets, { connections, rounds: 3, secondsPerRound: 3 })
          for (const figure of figures) {
            rows.push({ benchmark: 'harness-self-check', subject: `${figure.label}, concurrency ${connections}`, figures: describeLoad(figure), budget: NOT_A_BUDGET, met: null, data: { ...figure } })
          }
        }
        return rows
      } finally {
        await bff.child.stop()
      }
    } finally {
      await sims.child.stop()
    }
  },
}
