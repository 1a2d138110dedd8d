import { describe, expect, it } from 'vitest'
import { createTestSps, type SpsErrorJson, type SpsListingJson, type SpsObjectJson } from '../test-support/sps-test-client'

const SESSIONS = '/api/audit/sessions'

interface SessionBody {
  readonly active: boolean
  readonly protocol: string
  readonly creation_time: string
  readonly end_time: string | null
  readonly recording: {
    readonly verdict: string
    readonly index_status: string
    readonly user: { readonly gateway_username: string }
    readonly audit_trail: { readonly archive: null; readonly download: { readonly href: string } }
  }
}

async function sessionsClient() {
  const sps = createTestSps()
  return { ...sps, client: await sps.signIn() }
}

describe('SPS audited sessions: search', () => {
  it('lists sessions newest first with the paging meta of the guide', async () => {
    const { client, sim } = await sessionsClient()
    const answer = await client.get<SpsListingJson>(SESSIONS)
    const total = sim.context.data.auditSessions.size
    expect(answer.json.meta).toEqual({
      fields: [],
      first: `${SESSIONS}?limit=500&offset=0&fields=`,
      href: SESSIONS,
      last: `${SESSIONS}?limit=500&offset=0&fields=`,
      limit: 500,
      match_count: total,
      next: null,
      offset: 0,
      parent: '/api/audit',
      previous: null,
    })
    expect(answer.json.items).toHaveLength(total)
    expect(answer.json.items[0]).toEqual({ key: answer.json.items[0]!.key, meta: { href: `${SESSIONS}/${answer.json.items[0]!.key}` } })
    const newest = sim.context.data.auditSessions.at(total - 1)!
    expect(answer.json.items[0]!.key).toBe(newest.key)
  })

  it('pages with limit and offset (limit at most 500), next/previous/last as query URLs', async () => {
    const { client } = await sessionsClient()
    const page = await client.get<SpsListingJson>(`${SESSIONS}?limit=150&offset=150`)
    expect(page.json.items).toHaveLength(150)
    expect(page.json.meta).toMatchObject({
      limit: 150,
      offset: 150,
      first: `${SESSIONS}?limit=150&offset=0&fields=`,
      previous: `${SESSIONS}?limit=150&offset=0&fields=`,
      next: `${SESSIONS}?limit=150&offset=300&fields=`,
      last: `${SESSIONS}?limit=150&offset=300&fields=`,
    })
    const all = (await client.get<SpsListingJson>(SESSIONS)).json.items.map((item) => item.key)
    expect(page.json.items.map((item) => item.key)).toEqual(all.slice(150, 300))
    expect((await client.get<SpsListingJson>(`${SESSIONS}?limit=9000`)).json.meta.limit).toBe(500)
  })

  it('returns the requested fields in each item', async () => {
    const { client } = await sessionsClient()
    const answer = await client.get<SpsListingJson>(`${SESSIONS}?limit=3&fields=protocol,client.ip,recording.verdict`)
    expect(answer.json.meta.fields).toEqual(['protocol', 'client.ip', 'recording.verdict'])
    for (const item of answer.json.items) {
      expect(Object.keys(item.body!).sort()).toEqual(['client', 'protocol', 'recording'])
      expect(item.body).toMatchObject({ client: { ip: expect.stringMatching(/^10\.40\./) as unknown }, recording: { verdict: expect.any(String) as unknown } })
    }
    expect(answer.json.meta.next).toBe(`${SESSIONS}?limit=3&offset=3&fields=protocol,client.ip,recording.verdict`)
  })

  it('filters with q and counts every match', async () => {
    const { client, sim } = await sessionsClient()
    const all = [...sim.context.data.auditSessions.values()]
    const answer = await client.get<SpsListingJson>(`${SESSIONS}?q=${encodeURIComponent('protocol:ssh AND recording.verdict:accept')}&limit=5&fields=protocol`)
    const expected = all.filter((session) => session.protocol === 'SSH' && session.recording.verdict === 'ACCEPT').length
    expect(answer.json.meta.match_count).toBe(expected)
    expect(answer.json.items.every((item) => item.body!.protocol === 'SSH')).toBe(true)
    expect(answer.json.meta.next).toContain('&q=protocol%3Assh%20AND%20recording.verdict%3Aaccept')
    const bad = await client.get<SpsErrorJson>(`${SESSIONS}?q=${encodeURIComponent('(protocol:ssh')}`)
    expect(bad.status).toBe(400)
  })

  it('restricts to sessions that started after start and ended before end', async () => {
    const { client, sim } = await sessionsClient()
    const all = [...sim.context.data.auditSessions.values()]
    const start = Date.UTC(2026, 9, 1)
    const end = Date.UTC(2026, 9, 15)
    const answer = await client.get<SpsListingJson>(`${SESSIONS}?start=2026-10-01T00:00&end=2026-10-15T00:00:00Z`)
    const expected = all.filter((session) => session.creation_time >= start && session.end_time !== null && session.end_time <= end)
    expect(expected.length).toBeGreaterThan(0)
    expect(answer.json.meta.match_count).toBe(expected.length)
    expect((await client.get(`${SESSIONS}?start=yesterday`)).status).toBe(400)
  })

  it('sorts by a field, descending with a leading minus', async () => {
    const { client } = await sessionsClient()
    const answer = await client.get<SpsListingJson>(`${SESSIONS}?sort=-duration&fields=duration&limit=20`)
    const durations = answer.json.items.map((item) => item.body!.duration as number)
    expect(durations).toEqual([...durations].sort((a, b) => b - a))
    expect((await client.get(`${SESSIONS}?sort=client`)).status).toBe(400)
  })

  it('needs the search privilege', async () => {
    const { signIn } = createTestSps()
    // The auditor is in the `search` group; admin has every privilege.
    expect((await (await signIn({ username: 'auditor', password: 'sps-auditor' })).get(SESSIONS)).status).toBe(200)
  })
})

describe('SPS audited sessions: one session and its content', () => {
  it('serves a session with the documented fields, links and time formats', async () => {
    const { client, sim } = await sessionsClient()
    const session = sim.context.data.auditSessions.at(5)!
    const answer = await client.get<SpsObjectJson<SessionBody>>(`${SESSIONS}/${session.key}`)
    const href = `${SESSIONS}/${session.key}`
    expect(answer.json.key).toBe(session.key)
    expect(answer.json.meta).toEqual({ href, parent: SESSIONS })
    expect(answer.json.body).toMatchObject({
      alerts: { href: `${href}/alerts` },
      channels: { href: `${href}/channels` },
      events: { href: `${href}/events` },
      indexing: { href: `${href}/indexing` },
      client: session.client,
      origin: 'RECORDING',
      protocol: session.protocol,
      recording: { audit_trail: { archive: null, download: { href: `${href}/audit_trail` } }, verdict: session.recording.verdict },
    })
    expect(answer.json.body.creation_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/)
    expect(answer.json.body.end_time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/)
  })

  it('lists the channels of a session, each readable on its own', async () => {
    const { client, sim } = await sessionsClient()
    const ssh = [...sim.context.data.auditSessions.values()].find((session) => session.protocol === 'SSH' && !session.active)!
    const channels = await client.get<SpsListingJson>(`${SESSIONS}/${ssh.key}/channels`)
    const first = channels.json.items[0]!
    expect(first).toMatchObject({ key: '1', meta: { href: `${SESSIONS}/${ssh.key}/channels/1` }, body: { type: 'session shell', start_time: Math.floor(ssh.creation_time / 1000) } })
    expect(channels.json.meta).toMatchObject({ href: `${SESSIONS}/${ssh.key}/channels`, parent: `${SESSIONS}/${ssh.key}`, first: `${SESSIONS}/${ssh.key}/channels?limit=500&offset=0` })
    const one = await client.get<SpsObjectJson>(first.meta.href)
    expect(one.json).toEqual({ body: first.body, key: '1', meta: { href: first.meta.href, parent: `${SESSIONS}/${ssh.key}/channels` } })
    expect((await client.get(`${SESSIONS}/${ssh.key}/channels/99`)).status).toBe(404)
  })

  it('lists the events of indexed sessions only, and searches their content (empty q → no items)', async () => {
    const { client, sim } = await sessionsClient()
    const sessions = [...sim.context.data.auditSessions.values()]
    const indexed = sessions.find((session) => session.protocol === 'SSH' && session.recording.index_status === 'INDEXED')!
    const notIndexed = sessions.find((session) => session.recording.index_status === 'NOT_INDEXED')!
    const events = await client.get<{ items: { action: string; channels_id: string; content: string; record_id: number; time: string; type: string }[] }>(`${SESSIONS}/${indexed.key}/events`)
    expect(events.json.items.length).toBeGreaterThan(2)
    const event = events.json.items[0]!
    expect(Object.keys(event).sort()).toEqual(['action', 'channels_id', 'content', 'record_id', 'time', 'type'])
    expect(event.type).toBe('command')
    expect(event.time).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}$/)
    expect((await client.get<SpsListingJson>(`${SESSIONS}/${notIndexed.key}/events`)).json.items).toEqual([])

    const word = event.action.split(' ')[0]!
    const found = await client.get<{ items: { content: string }[]; meta: Record<string, unknown> }>(`${SESSIONS}/${indexed.key}/content/?q=${encodeURIComponent(word)}`)
    expect(found.json.items.length).toBeGreaterThan(0)
    expect(found.json.items.every((item) => item.content.toLowerCase().includes(word.toLowerCase()))).toBe(true)
    expect((await client.get<SpsListingJson>(`${SESSIONS}/${indexed.key}/content`)).json.items).toEqual([])
    expect((await client.get<SpsListingJson>(`${SESSIONS}/${indexed.key}/content?q=`)).json.items).toEqual([])
    expect((await client.get<SpsErrorJson>(`${SESSIONS}/${indexed.key}/content?q=*ls`)).status).toBe(400)
  })

  it('lists alerts raised by content policies and the indexer run', async () => {
    const { client, sim } = await sessionsClient()
    const sessions = [...sim.context.data.auditSessions.values()]
    let alertsSeen = 0
    for (const session of sessions.slice(0, 80)) {
      const alerts = await client.get<{ items: { alert_type: string; matched_regexp: string; rule_name: string; time: string }[] }>(`${SESSIONS}/${session.key}/alerts`)
      for (const alert of alerts.json.items) {
        expect(alert).toMatchObject({ alert_type: 'adp.event.command', rule_name: 'PatternMatcherRule' })
        expect(alert.time).toMatch(/\.\d{6}$/)
        alertsSeen++
      }
    }
    expect(alertsSeen).toBeGreaterThan(0)
    const indexed = sessions.find((session) => session.recording.index_status === 'INDEXED')!
    const indexing = await client.get<{ items: { status: string; statistics: { start_time: number } }[] }>(`${SESSIONS}/${indexed.key}/indexing`)
    expect(indexing.json.items[0]).toMatchObject({ status: 'COMPLETED', statistics: { start_time: expect.any(Number) as unknown } })
  })

  it('downloads the audit trail as binary and records the download in trail_downloads', async () => {
    const { client, sim, clock, signIn } = await sessionsClient()
    const session = sim.context.data.auditSessions.at(7)!
    const download = await client.send<string>('GET', `${SESSIONS}/${session.key}/audit_trail`)
    expect(download.status).toBe(200)
    expect(download.headers.get('content-type')).toBe('application/octet-stream')
    expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename=".+\.zat"$/)
    expect(Number(download.headers.get('content-length'))).toBeGreaterThan(4096)
    const again = await sim.app.request(`${SESSIONS}/${session.key}/audit_trail`, { headers: { cookie: client.cookie! } })
    const bytes = new Uint8Array(await again.arrayBuffer())
    expect(new TextDecoder().decode(bytes.slice(0, 3))).toBe('ZAT')

    const downloads = await client.get<{ items: { from_api: boolean; ip_address: string; time: string; username: string }[] }>(`${SESSIONS}/${session.key}/trail_downloads`)
    const fromApi = downloads.json.items.filter((item) => item.from_api)
    expect(fromApi).toHaveLength(2)
    expect(fromApi[0]).toEqual({ from_api: true, ip_address: '127.0.0.1', time: new Date(clock.now()).toISOString(), username: 'admin' })
    await sim.app.request('/__sim/reset', { method: 'POST' })
    const fresh = await signIn()
    expect((await fresh.get<{ items: { from_api: boolean }[] }>(`${SESSIONS}/${session.key}/trail_downloads`)).json.items.some((item) => item.from_api)).toBe(false)
  })

  it('answers 404 NotFound for unknown sessions and their sub-resources', async () => {
    const { client } = await sessionsClient()
    for (const path of [`${SESSIONS}/nope`, `${SESSIONS}/nope/events`, `${SESSIONS}/nope/audit_trail`]) {
      expect((await client.get<SpsErrorJson>(path)).json.error.type).toBe('NotFound')
    }
  })
})
