import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

// SPS policies, read-only, through the console API against this file's own SPS simulator.

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators()
let t: TestApp
let admin: string
let auditor: string

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  ;[admin, auditor] = await Promise.all([t.signIn('admin', 'admin-demo'), t.signIn('auditor', 'auditor-demo')])
}, 90_000)
afterAll(async () => {
  await t?.close()
})

const get = (path: string, cookie = admin) => t.request(`/api/t/demo/sps/policies${path}`, { headers: { ...SAME_ORIGIN, cookie } })
const spsRequests = async () => ((await simJson(sims.sps, '/__sim/state')) as { requests: { byRoute: Record<string, number> } }).requests.byRoute

describe('SPS policies', () => {
  it('lists the time policies with the built-in 7x24 marked', async () => {
    const list = await json(get('/time-policies'))
    expect(list).toMatchObject({ total: 3, page: 1, pageSize: 3 })
    expect(list.items.map((policy: { name: string; builtIn: boolean }) => [policy.name, policy.builtIn])).toEqual([
      ['7x24', true],
      ['office-hours', false],
      ['weekend-maintenance', false],
    ])
    expect(list.items[0]).toMatchObject({ key: '-100', days: { Mon: [{ start: '0:00', end: '23:59' }] } })
    expect(list.items[1].days).toMatchObject({ Mon: [{ start: '7:00', end: '19:00' }], Sat: [] })
  })

  it.each([
    ['rdp', '-20100', ['all', 'drawing-only', 'helpdesk-office-hours']],
    ['ssh', '-10100', ['all', 'shell-only', 'terminal-only']],
  ])('lists the %s channel policies, built-in %s marked, time policies named', async (protocol, builtInKey, names) => {
    const list = await json(get(`/channel-policies/${protocol}`))
    expect(list.items.map((policy: { name: string }) => policy.name)).toEqual(names)
    const builtIn = list.items.filter((policy: { builtIn: boolean }) => policy.builtIn)
    expect(builtIn.map((policy: { key: string }) => policy.key)).toEqual([builtInKey])
    const restricted = list.items[2]
    expect(restricted.rules[0].timePolicy).toEqual({ key: expect.any(String), name: 'office-hours' })
    expect(builtIn[0].rules.every((rule: { timePolicy: { key: string; name: string } }) => rule.timePolicy.key === '-100' && rule.timePolicy.name === '7x24')).toBe(true)
  })

  it('reads one policy, and says when it does not exist', async () => {
    const timePolicy = await json(get('/time-policies/-100'))
    expect(timePolicy).toMatchObject({ key: '-100', name: '7x24', builtIn: true })
    const list = await json(get('/channel-policies/ssh'))
    const terminal = list.items.find((policy: { name: string }) => policy.name === 'terminal-only')
    const detail = await json(get(`/channel-policies/ssh/${terminal.key}`))
    expect(detail).toEqual(terminal)
    expect(detail.rules[1]).toMatchObject({ channel: 'session-exec', servers: ['10.10.0.0/16'] })

    expect((await get('/time-policies/no-such-key')).status).toBe(404)
    expect((await get('/channel-policies/vnc')).status).toBe(400)
    expect((await get('/time-policies/bad%20key')).status).toBe(400)
  })

  it('only reads: no SPS transaction is opened', async () => {
    await get('/time-policies')
    const requests = await spsRequests()
    expect(requests['GET /api/configuration/policies/time_policies']).toBeGreaterThan(0)
    expect(Object.keys(requests).filter((route) => !route.startsWith('GET '))).toEqual([])
  })

  it('is for admins: the auditor gets 403', async () => {
    for (const path of ['/time-policies', '/time-policies/-100', '/channel-policies/rdp', '/channel-policies/rdp/-20100']) {
      const response = await get(path, auditor)
      expect(response.status, path).toBe(403)
      expect((await json(response)).error.details).toEqual({ permission: 'sps.policies.read' })
    }
  })
})
