import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators()
let t: TestApp
let admin: string

beforeAll(async () => {
  // The demo tenant, wired by demo mode to wherever this run's simulators listen.
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  admin = await t.signIn('admin', 'admin-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const test = (vendor: string) => json(t.request(`/api/tenants/demo/connections/${vendor}/test`, { method: 'POST', headers: { ...SAME_ORIGIN, cookie: admin } }))

describe('Test connection', () => {
  it.each(['identity', 'sws', 'sps'])('authenticates to the %s simulator and reads once', async (vendor) => {
    const result = await test(vendor)
    expect(result, JSON.stringify(result)).toMatchObject({ ok: true })
    expect(result.latencyMs).toBeGreaterThanOrEqual(0)
    expect(result.detail).toEqual(expect.any(String))
  })

  it('shows a wrong secret as a failure in plain words, and audits it', async () => {
    const saved = await t.request('/api/tenants/demo/connections/identity', {
      method: 'PUT',
      headers: { ...SAME_ORIGIN, cookie: admin },
      body: JSON.stringify({ tenantUrl: sims.identity, clientId: 'demo-service@gatehouse.sim', clientSecret: 'not-the-secret' }),
    })
    expect(saved.status).toBe(200)
    const result = await test('identity')
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/\S/)
    expect(result.message).not.toContain('not-the-secret')
    const entries = await t.db.selectFrom('audit_log').select(['result', 'target']).where('action', '=', 'connection.test').orderBy('seq').execute()
    expect(entries.at(-1)).toEqual({ result: 'failure', target: 'identity' })
  })

  it('says when a vendor cannot be reached', async () => {
    await t.request('/api/tenants/demo/connections/sps', {
      method: 'PUT',
      headers: { ...SAME_ORIGIN, cookie: admin },
      body: JSON.stringify({ applianceUrl: 'http://127.0.0.1:9', username: 'admin', tls: 'system', caPem: null }),
    })
    const result = await test('sps')
    expect(result.ok).toBe(false)
    expect(result.message).toMatch(/\S/)
  })
})
