import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

// Audited sessions through the console API against the SPS simulator, in its 6.0 and its 7.x
// behaviour (this file's own simulator switches; the shared ones are never touched).

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators()
let t: TestApp
let admin: string
let auditor: string
let helpdesk: string

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  ;[admin, auditor, helpdesk] = await Promise.all([t.signIn('admin', 'admin-demo'), t.signIn('auditor', 'auditor-demo'), t.signIn('helpdesk', 'helpdesk-demo')])
}, 90_000)
afterAll(async () => {
  await t?.close()
})

const BASE = '/api/t/demo/sps/audited-sessions'
const get = (path: string, cookie = auditor) => t.request(`${BASE}${path}`, { headers: { ...SAME_ORIGIN, cookie } })
/** The simulator's seeded sessions end at its "data now", 2026-11-01T12:00Z. */
const FROM = '2026-10-01T00:00:00Z'
const TO = '2026-11-01T12:00:00Z'
const WINDOW = `range=custom&from=${encodeURIComponent(FROM)}&to=${encodeURIComponent(TO)}`

/** Straight to the simulator as SPS's own admin, to compare with what the console shows. */
async function direct(path: string): Promise<Response> {
  const login = await fetch(`${sims.sps}/api/authentication`, { headers: { authorization: `Basic ${Buffer.from('admin:sps-admin').toString('base64')}` } })
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  return fetch(`${sims.sps}${path}`, { headers: { cookie } })
}
const directJson = async (path: string) => (await direct(path)).json() as Promise<{ items: { key: string; body?: Record<string, unknown> }[]; meta: Record<string, unknown> }>

async function auditEntries(action: string) {
  return t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq').execute()
}

describe.each(['6.0.7', '7.0.5'])('audited sessions on SPS %s', (version) => {
  beforeAll(async () => {
    // Like a firmware upgrade: every SPS login ends, so the console's read session must sign in again.
    await simJson(sims.sps, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ version }) })
  })

  it('searches a time window, page by page, with SPS match_count as the total', async () => {
    const expected = await directJson(`/api/audit/sessions?limit=1&start=${FROM}&end=${TO}`)
    if (version.startsWith('7')) expect(expected.meta.remaining_seconds).toEqual(expect.any(Number))
    const first = await json(get(`?${WINDOW}&pageSize=25`))
    expect(first.total).toBe(expected.meta.match_count)
    expect(first.total).toBeGreaterThan(25)
    expect(first.items).toHaveLength(25)
    expect(first.window).toEqual({ from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T12:00:00.000Z' })
    const starts = first.items.map((item: { startedAt: string }) => Date.parse(item.startedAt))
    expect([...starts].sort((a, b) => b - a)).toEqual(starts)
    for (const item of first.items) {
      expect(Date.parse(item.startedAt)).toBeGreaterThanOrEqual(Date.parse(FROM))
      expect(Date.parse(item.endedAt)).toBeLessThanOrEqual(Date.parse(TO))
    }
    const second = await json(get(`?${WINDOW}&pageSize=25&page=2`))
    expect(second.total).toBe(first.total)
    const ids = new Set(first.items.map((item: { id: string }) => item.id))
    expect(second.items.some((item: { id: string }) => ids.has(item.id))).toBe(false)
    const oldestFirst = await json(get(`?${WINDOW}&pageSize=25&sort=started`))
    expect(Date.parse(oldestFirst.items[0].startedAt)).toBeLessThan(Date.parse(first.items.at(-1).startedAt))
  })

  it('narrows by protocol, verdict, user, client and server as SPS finds them', async () => {
    const ssh = await json(get(`?${WINDOW}&protocol=SSH&pageSize=200`))
    const expected = await directJson(`/api/audit/sessions?limit=1&start=${FROM}&end=${TO}&q=protocol:SSH`)
    expect(ssh.total).toBe(expected.meta.match_count)
    expect(ssh.items.every((item: { protocol: string }) => item.protocol === 'SSH')).toBe(true)

    const sample = ssh.items[0]
    const byUser = await json(get(`?${WINDOW}&user=${encodeURIComponent(sample.gatewayUsername)}`))
    expect(byUser.items.map((item: { id: string }) => item.id)).toContain(sample.id)
    expect(byUser.items.every((item: { gatewayUsername: string; serverUsername: string }) => [item.gatewayUsername, item.serverUsername].includes(sample.gatewayUsername))).toBe(true)

    const byEndpoints = await json(get(`?${WINDOW}&client=${sample.client.ip}&server=${encodeURIComponent(sample.server.name)}`))
    expect(byEndpoints.items.map((item: { id: string }) => item.id)).toEqual([sample.id])

    const denied = await json(get(`?${WINDOW}&verdict=DENY&pageSize=200`))
    expect(denied.items.every((item: { verdict: string }) => item.verdict === 'DENY')).toBe(true)

    const expression = await json(get(`?${WINDOW}&q=${encodeURIComponent('recording.auth_method:publickey')}&pageSize=200`))
    expect(expression.total).toBeGreaterThan(0)
    expect(expression.total).toBeLessThan(ssh.total)
  })

  it('says what is wrong with a search instead of failing', async () => {
    const badExpression = await get(`?${WINDOW}&q=${encodeURIComponent('(protocol:SSH')}`)
    expect(badExpression.status).toBe(400)
    expect((await json(badExpression)).error.details.fields[0]).toMatchObject({ path: 'q', message: expect.stringContaining('SPS could not read this search') })

    const tooFar = await get(`?${WINDOW}&page=201&pageSize=50`)
    expect(tooFar.status).toBe(400)
    expect((await json(tooFar)).error.message).toContain('first 10,000 matches')

    for (const query of ['user=a%22b', 'protocol=FTP', 'from=yesterday', 'pageSize=7', 'colour=red', `from=${TO}&to=${FROM}`]) {
      expect((await get(`?${query}`)).status, query).toBe(400)
    }
  })

  it('opens a session with its channels, events and content search', async () => {
    const ssh = await json(get(`?${WINDOW}&protocol=SSH&q=${encodeURIComponent('recording.index_status:INDEXED')}&pageSize=25`))
    const id = ssh.items.find((item: { durationSeconds: number }) => item.durationSeconds > 600)?.id as string
    const detail = await json(get(`/${id}`))
    const raw = (await (await direct(`/api/audit/sessions/${id}`)).json()) as { body: { recording: { session_id: string } } }
    expect(detail).toMatchObject({ id, protocol: 'SSH', indexStatus: 'INDEXED', trailAvailable: true, sessionId: raw.body.recording.session_id })

    const channels = await json(get(`/${id}/channels`))
    expect(channels.items.length).toBeGreaterThan(0)
    expect(channels.items[0]).toMatchObject({ type: expect.any(String), startedAt: expect.stringMatching(/Z$/) })

    const events = await json(get(`/${id}/events?pageSize=50`))
    expect(events.items.length).toBeGreaterThan(0)
    const command = events.items[0].content as string
    const word = command.split(' ')[0] as string

    const found = await json(get(`/${id}/content?q=${encodeURIComponent(word)}`))
    expect(found.items.length).toBeGreaterThan(0)
    expect(found.items.every((event: { content: string }) => event.content.toLowerCase().includes(word.toLowerCase()))).toBe(true)
    const nothing = await json(get(`/${id}/content?q=${encodeURIComponent('zzqq-no-such-command')}`))
    expect(nothing.items).toEqual([])
    expect((await get(`/${id}/content?q=*x`)).status).toBe(400)
    expect((await get(`/${id}/content`)).status).toBe(400)

    const unknown = await get('/NoSuchSession0000000000')
    expect(unknown.status).toBe(404)
  })

  it('streams the audit trail byte for byte, audits it, and lists who downloaded it', async () => {
    const session = (await json(get(`?${WINDOW}&pageSize=25`))).items[3]
    const before = (await auditEntries('sps.audited-session.download-trail')).length
    const byApi = (downloads: { appliance: { username: string; fromApi: boolean }[] }) =>
      downloads.appliance.filter((entry) => entry.username === 'admin' && entry.fromApi).length
    const recordedBefore = byApi(await json(get(`/${session.id}/trail-downloads`)))
    const download = await get(`/${session.id}/audit-trail`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/octet-stream')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="audit-[\w.-]+\.zat"$/)
    const bytes = Buffer.from(await download.arrayBuffer())
    const original = Buffer.from(await (await direct(`/api/audit/sessions/${session.id}/audit_trail`)).arrayBuffer())
    expect(bytes.length).toBe(original.length)
    expect(bytes.equals(original)).toBe(true)
    expect(Number(download.headers.get('content-length'))).toBe(original.length)

    const entries = await auditEntries('sps.audited-session.download-trail')
    expect(entries).toHaveLength(before + 1)
    expect(entries.at(-1)).toMatchObject({ actor: 'auditor', tenant_id: 'demo', target: `audited session ${session.id}`, result: 'success' })
    expect(entries.at(-1)?.details).toMatchObject({ bytes: original.length })

    const downloads = await json(get(`/${session.id}/trail-downloads`))
    expect(downloads.console[0]).toMatchObject({ actor: 'auditor', result: 'success', bytes: original.length })
    // SPS recorded the console's download (as the connection's SPS user) and the direct one.
    expect(byApi(downloads)).toBe(recordedBefore + 2)

    const missing = await get('/NoSuchSession0000000000/audit-trail')
    expect(missing.status).toBe(404)
    expect((await auditEntries('sps.audited-session.download-trail')).at(-1)).toMatchObject({ result: 'failure', target: 'audited session NoSuchSession0000000000' })
  })

  it('exports the matching sessions as CSV and audits the export', async () => {
    const list = await json(get(`?${WINDOW}&protocol=RDP&pageSize=200`))
    const response = await get(`/export.csv?${WINDOW}&protocol=RDP`)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('text/csv')
    const lines = (await response.text()).trimEnd().split('\r\n')
    expect(lines[0]).toBe(
      'session_id,started,ended,duration_seconds,active,protocol,gateway_username,server_username,client_ip,client_name,server_ip,server_name,server_port,verdict,connection_policy,channel_policy',
    )
    expect(lines).toHaveLength(list.total + 1)
    expect(lines.slice(1).every((line) => line.includes(',RDP,'))).toBe(true)
    const audit = (await auditEntries('sps.audited-sessions.export')).at(-1)
    expect(audit).toMatchObject({ actor: 'auditor', tenant_id: 'demo', result: 'success' })
    expect(audit?.details).toMatchObject({ rows: list.total, filter: { protocol: 'RDP' } })
  })
})

describe('audit trail download cut short', () => {
  it('audits a download the client stopped reading as a failure, with the bytes sent so far', async () => {
    const sessions = await json(get(`?${WINDOW}&protocol=SSH&sort=-duration&pageSize=25`))
    const id = sessions.items[0].id as string
    const response = await get(`/${id}/audit-trail`)
    expect(response.status).toBe(200)
    const reader = (response.body as ReadableStream<Uint8Array>).getReader()
    const first = await reader.read()
    expect(first.value?.byteLength).toBeGreaterThan(0)
    await reader.cancel()
    await expect
      .poll(async () => (await auditEntries('sps.audited-session.download-trail')).filter((entry) => entry.target === `audited session ${id}`).at(-1)?.result)
      .toBe('failure')
    const entry = (await auditEntries('sps.audited-session.download-trail')).at(-1)
    expect(entry?.details).toMatchObject({ why: 'the client stopped reading' })
    expect((entry?.details as { bytes: number }).bytes).toBeLessThan(Number(response.headers.get('content-length')))
  })
})

describe('audited sessions: who may', () => {
  it('keeps them from roles without the permission and from exports without export.csv', async () => {
    expect((await get(`?${WINDOW}`, helpdesk)).status).toBe(403)
    expect((await get(`/export.csv?${WINDOW}`, helpdesk)).status).toBe(403)
    expect((await get('/NoSuchSession0000000000/audit-trail', helpdesk)).status).toBe(403)
    expect((await t.request(`${BASE}?${WINDOW}`)).status).toBe(401)
    expect((await get(`?${WINDOW}&pageSize=25`, admin)).status).toBe(200)
  })

  it('returns hostile values exactly as SPS holds them (the SPA renders them as text)', async () => {
    const field = 'recording.user.gateway_username'
    const hostile = await directJson(`/api/audit/sessions?limit=5&q=${encodeURIComponent(`${field}:"<img"`)}&fields=${field}`)
    expect(hostile.items.length).toBeGreaterThan(0)
    const id = hostile.items[0]?.key as string
    const detail = await json(get(`/${id}`))
    expect(detail.gatewayUsername).toBe((hostile.items[0]?.body as { recording: { user: { gateway_username: string } } }).recording.user.gateway_username)
    expect(detail.gatewayUsername).toContain('<img')
  })
})
