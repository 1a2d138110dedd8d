import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SWS_SESSION_SORTS, type SwsSessionSort, type SwsSessionSummary } from '../../contract/sws-sessions'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators({ resetBeforeEach: 'gateway' })
let t: TestApp
let auditor: string
let helpdesk: string

// The simulator's data ends at its "data now", 2026-11-01T12:00:00Z; sessions span the 90 days before.
const WINDOW = 'from=2026-10-01T00:00:00Z&to=2026-11-01T12:00:00Z'
const ALL = 'from=2026-07-01T00:00:00Z&to=2026-11-02T00:00:00Z'

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  auditor = await t.signIn('auditor', 'auditor-demo')
  helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const get = (query: string, cookie = auditor, path = '') => t.request(`/api/t/demo/sws/sessions${path}?${query}`, { headers: { ...SAME_ORIGIN, cookie } })
const recordingsOnly = (on: boolean) => simJson(sims.gateway, '/__sim/config', { method: 'PUT', body: JSON.stringify({ recordingsOnly: on }) })
const vendorTotal = async (query: string) =>
  ((await (await fetch(`${sims.gateway}/v2-edge/sws/recordings?${query}`, { headers: { authorization: `Bearer ${await gatewayToken()}` } })).json()) as { totalCount: number }).totalCount

async function gatewayToken(): Promise<string> {
  const response = await fetch(`${sims.gateway}/auth/realms/serviceaccounts/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: 'grant_type=client_credentials&client_id=demo-sws&client_secret=demo-secret',
  })
  return ((await response.json()) as { access_token: string }).access_token
}

const ms = (iso: string) => Date.parse(iso)

describe('SWS sessions list', () => {
  it('lists a time window newest first, with the total the gateway counts and its lastUpdate', async () => {
    const page = await json(get(`${WINDOW}&pageSize=25`))
    expect(page).toMatchObject({ page: 1, pageSize: 25, source: 'sessions', window: { from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T12:00:00.000Z' } })
    expect(page.total).toBe(await vendorTotal(`fromTime=${ms('2026-10-01T00:00:00Z')}&toTime=${ms('2026-11-01T12:00:00Z')}`))
    expect(page.total).toBeGreaterThan(25)
    expect(page.lastUpdate).toBe('2026-11-01T12:00:00.000Z')
    const starts = page.items.map((item: SwsSessionSummary) => ms(item.startedAt))
    expect(starts).toEqual([...starts].sort((a, b) => b - a))
    expect(starts.every((start: number) => start >= ms('2026-10-01T00:00:00Z'))).toBe(true)
  })

  it('filters by user, application, flag and free text', async () => {
    const sample = (await json(get(`${ALL}&pageSize=100`))).items as SwsSessionSummary[]
    const someone = sample.find((item) => item.user && /^[a-z]/.test(item.user.username))!
    const byUser = await json(get(`${ALL}&user=${encodeURIComponent(someone.user!.username.toUpperCase())}`))
    expect(byUser.total).toBeGreaterThan(0)
    expect(byUser.items.every((item: SwsSessionSummary) => item.user?.username === someone.user!.username)).toBe(true)

    const byApp = await json(get(`${ALL}&application=${someone.application!.id}`))
    expect(byApp.items.every((item: SwsSessionSummary) => item.application?.id === someone.application!.id)).toBe(true)

    const flagged = await json(get(`${ALL}&flagged=true`))
    expect(flagged.total).toBeGreaterThan(0)
    expect(flagged.items.every((item: SwsSessionSummary) => item.flag !== null)).toBe(true)
    const unflagged = await json(get(`${ALL}&flagged=false`))
    expect(unflagged.total + flagged.total).toBe((await json(get(ALL))).total)

    const text = await json(get(`${ALL}&q=${encodeURIComponent(someone.application!.name.slice(0, 4))}*`))
    expect(text.total).toBeGreaterThan(0)
  })

  it.each(Object.keys(SWS_SESSION_SORTS) as SwsSessionSort[])('sorts by %s in the vendor’s direction', async (sort) => {
    const items = (await json(get(`${ALL}&sort=${sort}&pageSize=100`))).items as SwsSessionSummary[]
    const key = (item: SwsSessionSummary): number | string =>
      ({ start: ms(item.startedAt), end: ms(item.endedAt ?? ''), duration: item.durationMs ?? 0, steps: item.stepsCount, application: item.application?.name ?? '', user: item.user?.fullName ?? '' })[sort]
    const keys = items.map(key)
    if (SWS_SESSION_SORTS[sort].desc) expect(keys).toEqual([...(keys as number[])].sort((a, b) => b - a))
    else expect(new Set(keys).size).toBeGreaterThan(1)
  })

  it('refuses pages past 10,000 for orders that cannot be paged by time, and bad parameters, with field errors', async () => {
    const deep = await get(`${ALL}&sort=steps&page=101&pageSize=100`)
    expect(deep.status).toBe(400)
    expect((await json(deep)).error.details.fields[0].path).toBe('page')
    const bad = await json(get('from=yesterday&sort=size&pageSize=7'))
    expect(bad.error.details.fields.map((field: { path: string }) => field.path).sort()).toEqual(['from', 'pageSize', 'sort'])
    const backwards = await get('from=2026-10-02T00:00:00Z&to=2026-10-01T00:00:00Z')
    expect((await json(backwards)).error.details.fields[0].path).toBe('to')
  })

  it('is for auditors and admins: helpdesk gets 403', async () => {
    expect((await get(WINDOW, helpdesk)).status).toBe(403)
    expect((await get(WINDOW, helpdesk, '/export.csv')).status).toBe(403)
  })

  it('offers the applications (the tenant’s policies) to filter by', async () => {
    const apps = await json(get('', auditor, '/applications'))
    expect(apps.items).toHaveLength(24)
    expect(apps.items[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: expect.any(String) })
  })

  it('exports every matching session as CSV, audited with the row count', async () => {
    const total = (await json(get(WINDOW))).total
    const response = await get(WINDOW, auditor, '/export.csv')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe('id,start,end,duration_seconds,steps,application_id,application,user_full_name,username,user_id,flagged,flagged_at,flagged_by')
    expect(lines).toHaveLength(total + 1)
    // Hostile names cannot become formulas in a spreadsheet.
    expect(lines.slice(1).some((line) => /,=|,\+|,-|,@/.test(line))).toBe(false)
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'sws.sessions.export').orderBy('seq', 'desc').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ tenant_id: 'demo', result: 'success', actor: 'auditor' })
    expect(entry.details).toMatchObject({ rows: total, window: { from: '2026-10-01T00:00:00.000Z' } })
  })

  it('falls back to the recordings endpoints on a tenant without the sessions API', async () => {
    const before = await json(get(`${WINDOW}&sort=duration&pageSize=50`))
    await recordingsOnly(true)
    const after = await json(get(`${WINDOW}&sort=duration&pageSize=50`))
    expect(after.source).toBe('recordings')
    expect(after.total).toBe(before.total)
    expect(after.items).toEqual(before.items)
    const csv = await (await get(WINDOW, auditor, '/export.csv')).text()
    expect(csv.trimEnd().split('\r\n')).toHaveLength(before.total + 1)
  })
})
