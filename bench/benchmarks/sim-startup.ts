import type { MeasuredBenchmark } from '../benchmark'
import { median, ms } from '../support/format'
import { startSimulatorsProcess } from '../support/simulators-process'

const RUNS = 5
const BUDGET_MS = 10_000
// Demo credentials of the Identity simulator's OAuth2 service user (sim/README.md).
const SERVICE_CLIENT_ID = 'demo-service@gatehouse.sim'
const SERVICE_CLIENT_SECRET = 'demo-secret'
// The first sorted page over all 100,000 users builds the sort column: the slowest first query.
const LARGE_LIST_SCRIPT = 'select ID, Username, DisplayName from User order by DisplayName'

interface StartupRun {
  readyLineMs: number
  firstAnswerMs: number
  firstLargeListMs: number
}

async function fetchOk(url: string, init?: RequestInit): Promise<Response> {
  const response = await fetch(url, { ...init, signal: AbortSignal.timeout(30_000) })
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url} answered ${response.status}: ${(await response.text()).slice(0, 300)}`)
  return response
}

async function oneRun(): Promise<StartupRun> {
  const sims = await startSimulatorsProcess('large', 30_000)
  try {
    await (await fetchOk(`${sims.identityUrl}/__sim/state`)).json()
    const firstAnswerMs = performance.now() - sims.startedAt

    const tokenResponse = await fetchOk(`${sims.identityUrl}/oauth2/platformtoken`, {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: SERVICE_CLIENT_ID, client_secret: SERVICE_CLIENT_SECRET }),
    })
    const { access_token: token } = (await tokenResponse.json()) as { access_token: string }
    const listResponse = await fetchOk(`${sims.identityUrl}/Redrock/query`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ Script: LARGE_LIST_SCRIPT, Args: { PageNumber: 1, PageSize: 100 } }),
    })
    const list = (await listResponse.json()) as { success: boolean; Result?: { FullCount?: number }; Message?: string | null }
    if (!list.success || (list.Result?.FullCount ?? 0) < 100_000) throw new Error(`large list query failed: ${list.Message ?? JSON.stringify(list).slice(0, 200)}`)
    const firstLargeListMs = performance.now() - sims.startedAt
    return { readyLineMs: sims.readyMs, firstAnswerMs, firstLargeListMs }
  } finally {
    await sims.child.stop()
  }
}

export const simStartupBenchmark: MeasuredBenchmark = {
  name: 'sim-startup',
  budget: '≤ 10 s to answer, large profile',
  async run() {
    const runs: StartupRun[] = []
    for (let i = 0; i < RUNS; i++) runs.push(await oneRun())
    const readyLine = median(runs.map((run) => run.readyLineMs))
    const firstAnswer = median(runs.map((run) => run.firstAnswerMs))
    const firstLargeList = median(runs.map((run) => run.firstLargeListMs))
    return [
      {
        benchmark: 'sim-startup',
        subject: `large profile, own process: spawn → first answer (/__sim/state), median of ${RUNS}`,
        figures: `${ms(firstAnswer)} (ready line ${ms(readyLine)})`,
        budget: '≤ 10 s',
        met: firstAnswer <= BUDGET_MS,
        data: { runs, medianFirstAnswerMs: firstAnswer, medianReadyLineMs: readyLine },
      },
      {
        benchmark: 'sim-startup',
        subject: 'large profile: spawn → token + first sorted page of 100,000 Identity users (Redrock)',
        figures: `${ms(firstLargeList)} median`,
        budget: '—',
        met: null,
        data: { medianFirstLargeListMs: firstLargeList },
      },
    ]
  },
}
