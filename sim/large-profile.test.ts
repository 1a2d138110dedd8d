import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimState } from './framework/sim-context'
import { startSimulators, type RunningSimulators } from './start-simulators'
import { getJson } from './test-support/raw-request'

// The large profile must be ready within the 10 s budget and answer its first query over
// 100,000 users fast (aim < 1 s); the figures are printed for the report.

let sims: RunningSimulators
let readyMs: number

beforeAll(async () => {
  const started = performance.now()
  sims = await startSimulators({ profile: 'large', ports: { identity: 0, gateway: 0, sps: 0 } })
  await Promise.all(Object.values(sims.urls).map((url) => getJson(`${url}/__sim/state`)))
  readyMs = performance.now() - started
})

afterAll(async () => {
  await sims.close()
})

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now()
  const value = run()
  return { value, ms: performance.now() - started }
}

describe('large profile', () => {
  it('is ready well within 10 s', () => {
    console.info(`large profile ready in ${readyMs.toFixed(0)} ms`)
    expect(readyMs).toBeLessThan(10_000)
  })

  it('has the documented sizes', async () => {
    const [identity, gateway, sps] = await Promise.all(
      (['identity', 'gateway', 'sps'] as const).map((name) => getJson<SimState>(`${sims.urls[name]}/__sim/state`)),
    )
    expect(identity!.collections.users!.size).toBe(100_000)
    expect(identity!.collections.organizations!.size).toBe(500)
    expect(gateway!.collections.policies!.size).toBe(200)
    expect(gateway!.collections.sessions!.size).toBe(20_000)
    expect(sps!.collections.auditSessions!.size).toBe(50_000)
    const totalSteps = gateway!.data.totalSteps as number
    expect(Math.abs(totalSteps - 1_000_000)).toBeLessThan(30_000)
  })

  it('answers the first search and sort over 100,000 users fast', () => {
    const { users, userColumns } = sims.identity.context.data
    const first = timed(() =>
      users.query({
        match: [{ column: userColumns.name, test: (value) => String(value).toLowerCase().includes('smith') }],
        sort: { column: userColumns.displayName },
        limit: 50,
      }),
    )
    const second = timed(() => users.query({ sort: { column: userColumns.displayName, descending: true }, offset: 50_000, limit: 50 }))
    console.info(`first users query ${first.ms.toFixed(0)} ms (${first.value.total} matches), next ${second.ms.toFixed(0)} ms`)
    expect(first.value.total).toBeGreaterThan(1_000)
    expect(first.value.items).toHaveLength(50)
    expect(second.value.total).toBe(100_000)
    // Only the issue's own ceiling (ready and answering within 10 s) is asserted: the aim of < 1 s is
    // a figure for `npm run bench`, since a test's timing depends on what else the 2 cores are doing.
    expect(first.ms + second.ms).toBeLessThan(10_000)
  })

  it('pages the newest SWS sessions and the last SPS sessions without generating the rest', () => {
    const { sessions, sessionColumns } = sims.gateway.context.data
    const newest = timed(() => sessions.query({ sort: { column: sessionColumns.startDatetime, descending: true }, limit: 20 }))
    const lastSps = timed(() => sims.sps.context.data.auditSessions.slice(49_990, 10))
    console.info(`newest SWS sessions ${newest.ms.toFixed(0)} ms, last SPS page ${lastSps.ms.toFixed(0)} ms`)
    expect(newest.value.items).toHaveLength(20)
    expect(lastSps.value).toHaveLength(10)
    expect(newest.ms + lastSps.ms).toBeLessThan(10_000)
  })
})
