import type { BenchRow, MeasuredBenchmark } from '../benchmark'
import { startBffProcess } from '../support/bff-process'
import { describeLoad, interleavedLoad, type LoadTarget } from '../support/http-load'
import { signInCookie } from '../support/sign-in'
import { startSimulatorsProcess } from '../support/simulators-process'

const BUDGET_MS = 1
const BUDGET = '≤ 1 ms p50 at concurrency 1 over a direct vendor call'
const PAGE = 25

/** A token for the gateway simulator's Administrator service account, as the BFF's demo connection uses. */
async function swsToken(gatewayUrl: string): Promise<string> {
  const response = await fetch(`${gatewayUrl}/auth/realms/serviceaccounts/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: 'demo-sws', client_secret: 'demo-secret' }),
  })
  if (!response.ok) throw new Error(`SWS token answered ${response.status}`)
  return ((await response.json()) as { access_token: string }).access_token
}

/**
 * The same vendor read — the first page of SWS users — made directly against the simulator (its
 * own process) and through the BFF (session, tenant access, permission, adapter, translation),
 * interleaved in one run, at concurrency 1 and 16.
 */
export const bffOverheadBenchmark: MeasuredBenchmark = {
  name: 'bff-overhead',
  budget: BUDGET,
  async run() {
    const sims = await startSimulatorsProcess('large', 60_000)
    const bff = await startBffProcess({
      staticDir: null,
      env: { GATEHOUSE_DEMO_IDENTITY_URL: sims.identityUrl, GATEHOUSE_DEMO_GATEWAY_URL: sims.gatewayUrl, GATEHOUSE_DEMO_SPS_URL: sims.spsUrl },
    })
    const cookie = await signInCookie(bff.origin, 'admin', 'admin-demo')
    const token = await swsToken(sims.gatewayUrl)
    const targets: LoadTarget[] = [
      { label: 'direct: gateway GET /v2-edge/sws/users/', url: `${sims.gatewayUrl}/v2-edge/sws/users/?offset=0&limit=${PAGE}`, headers: { authorization: `Bearer ${token}` } },
      { label: 'through the BFF: GET /api/t/demo/sws/users', url: `${bff.origin}/api/t/demo/sws/users?pageSize=${PAGE}`, headers: { cookie } },
    ]
    // Both must answer the same page before anything is timed.
    for (const target of targets) {
      const response = await fetch(target.url, { headers: target.headers })
      if (!response.ok) throw new Error(`${target.label} answered ${response.status}: ${(await response.text()).slice(0, 200)}`)
    }
    const rows: BenchRow[] = []
    for (const connections of [1, 16]) {
      const [direct, viaBff] = await interleavedLoad(targets, { connections, rounds: 3, secondsPerRound: 4 })
      if (!direct || !viaBff) throw new Error('the load tool returned no figures')
      const overheadP50 = viaBff.p50Ms - direct.p50Ms
      for (const figure of [direct, viaBff]) {
        rows.push({ benchmark: 'bff-overhead', subject: `${figure.label}, concurrency ${connections}`, figures: describeLoad(figure), budget: '—', met: null, data: { ...figure } })
      }
      rows.push({
        benchmark: 'bff-overhead',
        subject: `overhead at concurrency ${connections} (BFF − direct)`,
        figures: `p50 +${overheadP50.toFixed(2)} ms (×${(viaBff.p50Ms / Math.max(direct.p50Ms, 0.001)).toFixed(2)}), p99 +${(viaBff.p99Ms - direct.p99Ms).toFixed(2)} ms; ${(viaBff.requestsPerSecond / Math.max(direct.requestsPerSecond, 1)).toFixed(2)}× the direct requests/s`,
        budget: connections === 1 ? BUDGET : '—',
        met: connections === 1 ? overheadP50 <= BUDGET_MS : null,
        data: { overheadP50Ms: overheadP50 },
      })
    }
    return rows
  },
}
