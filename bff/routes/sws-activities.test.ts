import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SwsActivitySummary } from '../../contract/sws-activities'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { requestCount } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators({ resetBeforeEach: 'gateway' })
let t: TestApp
let auditor: string
let helpdesk: string

// The simulator's 400 activities span the 180 days before its "data now", 2026-11-01T12:00:00Z.
const ALL = 'from=2026-04-01T00:00:00Z&to=2026-11-02T00:00:00Z'

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  auditor = await t.signIn('auditor', 'auditor-demo')
  helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const get = (query: string, cookie = auditor, path = '') => t.request(`/api/t/demo/sws/activities${path}?${query}`, { headers: { ...SAME_ORIGIN, cookie } })
const times = (items: SwsActivitySummary[]) => items.map((item) => Date.parse(item.at ?? ''))

describe('SWS activities', () => {
  it('sends every type when none is picked (the gateway needs one), newest first by default', async () => {
    const page = await json(get(`${ALL}&pageSize=25`))
    expect(page.total).toBe(400)
    expect(page.items).toHaveLength(25)
    const newest = times(page.items)
    expect(newest).toEqual([...newest].sort((a, b) => b - a))
    expect(page.items[0]).toMatchObject({ id: expect.any(String), type: expect.any(String), initiator: { name: expect.any(String), role: expect.any(String) } })

    const oldest = await json(get(`${ALL}&pageSize=25&order=oldest`))
    expect(times(oldest.items)).toEqual([...times(oldest.items)].sort((a, b) => a - b))
    // The last newest-first page is the first oldest-first page, reversed.
    const lastPage = await json(get(`${ALL}&pageSize=25&page=16`))
    expect(lastPage.items.map((item: SwsActivitySummary) => item.id)).toEqual(oldest.items.map((item: SwsActivitySummary) => item.id).reverse())
    expect((await json(get(`${ALL}&pageSize=25&page=17`))).items).toEqual([])
  })

  it('filters by the picked types and time window', async () => {
    const page = await json(get(`${ALL}&types=UserActivated,UserDeactivated&pageSize=100`))
    expect(page.total).toBeGreaterThan(0)
    expect(page.total).toBeLessThan(400)
    expect(page.items.every((item: SwsActivitySummary) => ['UserActivated', 'UserDeactivated'].includes(item.type))).toBe(true)
    const narrow = await json(get('from=2026-10-01T00:00:00Z&to=2026-10-15T00:00:00Z&pageSize=100'))
    expect(times(narrow.items).every((time) => time >= Date.parse('2026-10-01T00:00:00Z') && time <= Date.parse('2026-10-15T00:00:00Z'))).toBe(true)
    expect(narrow.window).toEqual({ from: '2026-10-01T00:00:00.000Z', to: '2026-10-15T00:00:00.000Z' })
  })

  it('refuses unknown or empty type lists before asking the gateway', async () => {
    const before = await requestCount(sims.gateway, 'GET /v2-edge/sws/activities')
    for (const types of ['Nope', ',', 'TenantLogin,Nope']) {
      const response = await get(`${ALL}&types=${types}`)
      expect(response.status).toBe(400)
      expect((await json(response)).error.details.fields[0].path).toBe('types')
    }
    expect(await requestCount(sims.gateway, 'GET /v2-edge/sws/activities')).toBe(before)
  })

  it('is for auditors and admins: helpdesk gets 403', async () => {
    expect((await get(ALL, helpdesk)).status).toBe(403)
  })

  it('exports the matching activities oldest first, audited', async () => {
    const response = await get(`${ALL}&types=TenantLogin`, auditor, '/export.csv')
    expect(response.status).toBe(200)
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe('id,time,type,initiator,initiator_role,initiator_id,details')
    const total = (await json(get(`${ALL}&types=TenantLogin`))).total
    expect(lines).toHaveLength(total + 1)
    expect(lines.slice(1).every((line) => line.includes(',TenantLogin,'))).toBe(true)
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'sws.activities.export').orderBy('seq', 'desc').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ result: 'success', tenant_id: 'demo' })
    expect(entry.details).toMatchObject({ rows: total })
  })
})
