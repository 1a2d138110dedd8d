import type { MeasuredBenchmark } from '../benchmark'
import { startBffProcess } from '../support/bff-process'
import { peakResidentBytes, resetPeakResident } from '../support/process-memory'
import { signInCookie } from '../support/sign-in'
import { startSimulatorsProcess } from '../support/simulators-process'

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000)
const BUDGET = '10k users: progress shown, no row lost, per-row report'
// One CreateUser in twenty is refused with 429 and a 1 s Retry-After, on top of the simulator's own rate limit.
const FAULT = { kind: 'too-many-requests', retryAfterSeconds: 1, pathPrefix: '/CDirectoryService/CreateUser', share: 0.05 }

interface JobState {
  id: string
  created: number
  rejected: number
  remaining: number
  finishedAt: string | null
  waitingReason: string | null
}

/**
 * A 10,000-row import through the BFF (own process) into the Identity simulator (own process,
 * `large` profile, 429 fault on): time, rows/s, how often progress moved, the BFF's peak memory,
 * and — from the simulator's own users — rows lost or created twice.
 */
export const bulkImportBenchmark: MeasuredBenchmark = {
  name: 'bulk-import',
  budget: BUDGET,
  async run() {
    const sims = await startSimulatorsProcess('large', 60_000)
    const bff = await startBffProcess({
      staticDir: null,
      env: { GATEHOUSE_DEMO_IDENTITY_URL: sims.identityUrl, GATEHOUSE_DEMO_GATEWAY_URL: sims.gatewayUrl, GATEHOUSE_DEMO_SPS_URL: sims.spsUrl },
    })
    const cookie = await signInCookie(bff.origin, 'admin', 'admin-demo')
    const headers = { cookie, 'content-type': 'application/json', 'x-gatehouse-csrf': '1', 'sec-fetch-site': 'same-origin', origin: bff.origin }
    const api = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
      const response = await fetch(`${bff.origin}/api/t/demo/identity/imports${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) })
      if (!response.ok) throw new Error(`${method} imports${path} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
      return (await response.json()) as T
    }
    await fetch(`${sims.identityUrl}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(FAULT) })

    const stamp = Date.now().toString(36)
    const rows = Array.from({ length: ROWS }, (_, index) => ({
      line: index + 2,
      username: `bench-${stamp}-${index}@gatehouse.sim`,
      email: `bench-${stamp}-${index}@example.com`,
      displayName: `Bench ${index}`,
      mobileNumber: '',
      officeNumber: '',
      description: '',
      organization: '',
    }))
    // Peak memory from here on: start-up (password hashing, the embedded database) is not the import's.
    await resetPeakResident(bff.child.process.pid)
    const previewStarted = performance.now()
    await api('POST', '/preview', { rows })
    const previewMs = performance.now() - previewStarted

    const started = performance.now()
    const job = await api<JobState>('POST', '', { fileName: 'bench.csv', rows, sendInvite: false })
    let state = job
    let progressUpdates = 0
    let lastCreated = -1
    let waitedSeconds = 0
    while (!state.finishedAt) {
      await new Promise((resolve) => setTimeout(resolve, 1_000))
      state = await api<JobState>('GET', `/${job.id}`)
      if (state.created !== lastCreated) progressUpdates++
      if (state.waitingReason) waitedSeconds++
      lastCreated = state.created
    }
    const seconds = (performance.now() - started) / 1000
    const peakBytes = await peakResidentBytes(bff.child.process.pid)

    // Ask the simulator what it now holds: every bench user once, none missing.
    const names: string[] = []
    for (let offset = 0; ; offset += 1000) {
      const page = (await (await fetch(`${sims.identityUrl}/__sim/collections/users?offset=${offset}&limit=1000`)).json()) as { items: Array<{ Name: string }> }
      names.push(...page.items.map((user) => user.Name).filter((name) => name.startsWith(`bench-${stamp}-`)))
      if (page.items.length < 1000) break
    }
    const distinct = new Set(names.map((name) => name.toLowerCase())).size
    const lost = ROWS - distinct
    const duplicated = names.length - distinct
    const ok = lost === 0 && duplicated === 0 && state.created === ROWS && progressUpdates > 1
    return [
      {
        benchmark: 'bulk-import',
        subject: `${ROWS.toLocaleString('en')}-row CSV, 5% of CreateUser answered 429 (large profile)`,
        figures: `${seconds.toFixed(0)} s, ${(ROWS / seconds).toFixed(1)} rows/s; ${lost} lost, ${duplicated} duplicated; progress moved ${progressUpdates}×; peak BFF memory during the import ${peakBytes === null ? '—' : `${Math.round(peakBytes / 1024 / 1024)} MB`}`,
        budget: BUDGET,
        met: ok,
        data: { rows: ROWS, seconds, previewMs, created: state.created, rejected: state.rejected, lost, duplicated, progressUpdates, waitedSeconds, peakBytes },
      },
    ]
  },
}
