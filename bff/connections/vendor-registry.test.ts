import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, SAME_ORIGIN } from '../test-support/test-app'
import { withTransaction } from '../vendors/sps/sps-transaction'
import { simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators()
let t: TestApp

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const spsLock = async () => ((await simJson(sims.sps, '/__sim/sps')) as { lock: unknown }).lock

describe('vendor adapters per tenant connection', () => {
  it('keeps one adapter while the settings stay, and builds a new one after a save', async () => {
    const first = await t.deps.vendors.identity('demo')
    expect(await t.deps.vendors.identity('demo')).toBe(first)
    const admin = await t.signIn('admin', 'admin-demo')
    await t.request('/api/tenants/demo/connections/identity', {
      method: 'PUT',
      headers: { ...SAME_ORIGIN, cookie: admin },
      body: JSON.stringify({ tenantUrl: sims.identity, clientId: 'demo-service@gatehouse.sim' }),
    })
    expect(await t.deps.vendors.identity('demo')).not.toBe(first)
  })

  it('ends an operator’s open SPS transaction when they sign out', async () => {
    const cookie = await t.signIn('admin', 'admin-demo')
    const idHash = (await t.db.selectFrom('sessions').select('id_hash').orderBy('created_at', 'desc').executeTakeFirstOrThrow()).id_hash
    const sps = await t.deps.vendors.sps('demo')
    let opened!: () => void
    const wrote = new Promise<void>((resolve) => (opened = resolve))
    const pending = withTransaction(sps.writeSession(idHash), async (tx) => {
      await tx.post('/api/configuration/aaa/local_database/groups', { name: 'left-pending', members: [] })
      opened()
      await new Promise(() => {})
    })
    pending.catch(() => {})
    await wrote
    expect(await spsLock()).not.toBeNull()

    expect((await t.request('/api/auth/sign-out', { method: 'POST', headers: { ...SAME_ORIGIN, cookie } })).status).toBe(204)
    expect(await spsLock()).toBeNull()
  })
})
