import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, json } from '../test-support/test-app'
import { requestCount, resetSimulator, simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

type TestApp = Awaited<ReturnType<typeof createTestApp>>

const sims = useSpawnedSimulators()
let t: TestApp
let auditor: string
const LONG = 'LongSession-25k-step'
const base = (id = LONG) => `/api/t/demo/sws/sessions/${id}`

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway })
  auditor = await t.signIn('auditor', 'auditor-demo')
})
afterAll(async () => {
  await t?.close()
})
beforeEach(async () => {
  await resetSimulator(sims.gateway)
})

const get = (path: string, cookie = auditor) => t.request(path, { headers: { cookie } })

interface Step {
  id: string
  index: number
  at: string
  type: string
}

describe('SWS session player', () => {
  it('opens a session: its header from the sessions API, and the view is audited', async () => {
    const response = await get(base('LongSession-10k-step'))
    expect(response.status).toBe(200)
    const header = await json(response)
    expect(header).toMatchObject({ id: 'LongSession-10k-step', source: 'sessions', stepsCount: 10_000, durationMs: 4 * 3_600_000 })
    expect(header.user.username).toEqual(expect.any(String))
    expect(header.securityLayers.map((layer: { layer: string }) => layer.layer)).toContain('StepRecording')
    const audited = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'sws.session.view').execute()
    expect(audited.at(-1)).toMatchObject({ actor: 'auditor', tenant_id: 'demo', result: 'success' })
    expect(audited.at(-1)?.target).toContain('LongSession-10k-step')
  })

  it('reads any page of a 25,000-step session, past the gateway’s 10,000 window', async () => {
    const last = await json(get(`${base()}/steps?page=125&pageSize=200`))
    expect(last.total).toBe(25_000)
    expect(last.items).toHaveLength(200)
    expect(last.items[0].index).toBe(24_800)
    expect(last.items[199].index).toBe(24_999)
    const times = last.items.map((step: Step) => Date.parse(step.at))
    expect(times).toEqual([...times].sort((a, b) => a - b))
    // The same steps as a walk over the whole session by time window would give.
    const straddle = await json(get(`${base()}/steps?page=50&pageSize=200`))
    const before = await json(get(`${base()}/steps?page=49&pageSize=200`))
    expect(straddle.items[0].index).toBe(9_800)
    expect(new Set([...before.items, ...straddle.items].map((step: Step) => step.id)).size).toBe(400)
  })

  it('reads a deep page again from a remembered position, with the same steps', async () => {
    const walked = await json(get(`${base()}/steps?page=120&pageSize=200`))
    await json(get(`${base()}/steps?page=119&pageSize=200`))
    const before = await requestCount(sims.gateway, `GET /v2-edge/sws/sessions/${LONG}/steps`)
    const anchored = await json(get(`${base()}/steps?page=120&pageSize=200`))
    // One request from the anchor, not a walk of probes.
    expect(await requestCount(sims.gateway, `GET /v2-edge/sws/sessions/${LONG}/steps`)).toBe(before + 1)
    expect(anchored.total).toBe(25_000)
    expect(anchored.items.map((step: Step) => [step.index, step.id])).toEqual(walked.items.map((step: Step) => [step.index, step.id]))
  })

  it('locates a time as a timeline position, and searches steps on the server', async () => {
    const page = await json(get(`${base()}/steps?page=100&pageSize=200`))
    const target: Step = page.items[17]
    const located = await json(get(`${base()}/steps/locate?time=${Date.parse(target.at)}`))
    expect(located).toEqual({ index: target.index, total: 25_000 })

    const matches = await json(get(`${base()}/steps/search?q=${encodeURIComponent('<script>')}`))
    expect(matches.total).toBeGreaterThan(0)
    const match: Step = matches.items[0]
    const at = await json(get(`${base()}/steps/locate?time=${Date.parse(match.at)}`))
    const landed = await json(get(`${base()}/steps?page=${Math.floor(at.index / 200) + 1}&pageSize=200`))
    expect(landed.items.find((step: Step) => step.index === at.index).id).toBe(match.id)
  })

  it('filters by step type and tab', async () => {
    const header = await json(get(base()))
    const tab = header.tabIds[0]
    const filtered = await json(get(`${base()}/steps?types=NavigatedTo,ClipboardPasted&tab=${tab}&pageSize=50`))
    expect(filtered.total).toBeGreaterThan(0)
    expect(filtered.total).toBeLessThan(25_000)
    for (const step of filtered.items) {
      expect(['NavigatedTo', 'ClipboardPasted']).toContain(step.type)
      expect(step.tabId).toBe(tab)
    }
  })

  it('marks notable steps for the scrubber', async () => {
    const markers = await json(get(`${base('LongSession-10k-step')}/steps/markers`))
    expect(markers.truncated).toBe(false)
    expect(markers.items.length).toBeGreaterThan(100)
    expect(new Set(markers.items.map((marker: { type: string }) => marker.type))).toContain('NavigatedTo')
    expect(markers.items.some((marker: { flagged: boolean }) => marker.flagged)).toBe(true)
  })

  it('exports every step as CSV with formulas neutralised, and audits the export', async () => {
    const response = await get(`${base('LongSession-10k-step')}/steps/export.csv`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain('sws-session-LongSession-10k-step-steps.csv')
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines[0]).toMatch(/^step,id,time,type,/)
    // Header + 10,000 steps; values may hold newlines only inside quotes, which the hostile data does not.
    expect(lines.length).toBeGreaterThanOrEqual(10_001)
    expect(lines.some((line) => /,'[=+\-@]/.test(line) || /,"'[=+\-@]/.test(line))).toBe(true)
    expect(lines.some((line) => /,[=+@]/.test(line))).toBe(false)
    const audited = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'sws.session.export-steps').execute()
    expect(audited.at(-1)).toMatchObject({ result: 'success', actor: 'auditor' })
    expect(audited.at(-1)?.details).toMatchObject({ rows: 10_000, sessionId: 'LongSession-10k-step' })
  })

  it('falls back to the recordings API on a tenant that only has it', async () => {
    const app = await createTestApp({ GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway })
    try {
      const cookie = await app.signIn('auditor', 'auditor-demo')
      await simJson(sims.gateway, '/__sim/config', { method: 'PUT', body: JSON.stringify({ recordingsOnly: true }) })
      const sessions = (await simJson(sims.gateway, '/__sim/collections/sessions?limit=5')) as { items: Array<{ id: string; user: { username: string }; stepsCount: number; endDatetime: number | null }> }
      const closed = sessions.items.find((session) => session.endDatetime !== null && session.stepsCount > 3)
      if (!closed) throw new Error('no closed session in the first five')
      const header = await json(app.request(base(closed.id), { headers: { cookie } }))
      expect(header).toMatchObject({ id: closed.id, source: 'recordings', securityLayers: null, stepsCount: closed.stepsCount, user: { username: closed.user.username } })
      const steps = await json(app.request(`${base(closed.id)}/steps`, { headers: { cookie } }))
      expect(steps.total).toBe(closed.stepsCount)
      const long = await json(app.request(`${base()}/steps?page=125`, { headers: { cookie } }))
      expect(long.items.at(-1).index).toBe(24_999)
      expect(await requestCount(sims.gateway, `GET /v2-edge/sws/recordings/${LONG}`)).toBeGreaterThan(0)
    } finally {
      await app.close()
    }
  })

  it('answers 404 for an unknown session, 400 for a bad filter, 403 without the permission', async () => {
    const unknown = await get(base('AAAAAAAAAAAAAAAAAAAA'))
    expect(unknown.status).toBe(404)
    const badType = await get(`${base()}/steps?types=Teleport`)
    expect(badType.status).toBe(400)
    expect((await json(badType)).error.details.fields[0].path).toBe('types')
    expect((await get(`${base()}/steps?bogus=1`)).status).toBe(400)
    const helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
    const refused = await get(base(), helpdesk)
    expect(refused.status).toBe(403)
    expect((await json(refused)).error.details.permission).toBe('sws.sessions.read')
  })
})
