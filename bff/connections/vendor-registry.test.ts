import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveConnection } from '../store/connections-repo'
import { insertTenant } from '../store/tenants-repo'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { withTransaction } from '../vendors/sps/sps-transaction'
import { simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'
import { connectionSealContext } from './connection-views'
import { CONNECTION_RECHECK_MS, createVendorRegistry } from './vendor-registry'

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

/** A tenant of its own, with an SWS connection to the gateway simulator (as the demo tenant has). */
async function tenantWithSws(id: string) {
  await insertTenant(t.db, { id, name: id.toUpperCase() }, new Date())
  const config = {
    dataCenter: null,
    apiBaseUrl: sims.gateway,
    authBaseUrl: sims.gateway,
    pathPrefix: '/v2-edge',
    tenantId: '0123456789abcdef0123456789abcdef',
    auth: 'client-secret',
    clientId: 'demo-sws',
  }
  await saveConnection(t.db, { tenantId: id, vendor: 'sws', config, secretSealed: t.deps.sealer.seal('demo-secret', connectionSealContext(id, 'sws')) }, new Date())
}

const usersOf = (tenant: string, cookie: string) => t.request(`/api/t/${tenant}/sws/users?pageSize=25`, { headers: { cookie } })
const remove = (path: string, cookie: string) =>
  t.request(path, { method: 'DELETE', headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify({ reason: 'CHG-7 offboarded' }) })

describe('connection records kept between requests', () => {
  it('reads the record again only after CONNECTION_RECHECK_MS, so another instance’s change is seen then', async () => {
    await tenantWithSws('elsewhere')
    let clock = 0
    const registry = createVendorRegistry({ db: t.db, sealer: t.deps.sealer, log: t.deps.log, clock: () => clock })
    try {
      const first = await registry.sws('elsewhere')
      // Another BFF instance saves new settings: the row changes and this instance is not told.
      const later = new Date(Date.now() + 60_000)
      await t.db.updateTable('tenant_connections').set({ updated_at: later }).where('tenant_id', '=', 'elsewhere').execute()
      clock = CONNECTION_RECHECK_MS - 1
      expect(await registry.sws('elsewhere')).toBe(first)
      clock = CONNECTION_RECHECK_MS
      const second = await registry.sws('elsewhere')
      expect(second).not.toBe(first)

      // …and removes it: refused once the kept record is re-checked.
      await t.db.deleteFrom('tenant_connections').where('tenant_id', '=', 'elsewhere').execute()
      clock += CONNECTION_RECHECK_MS - 1
      expect(await registry.sws('elsewhere')).toBe(second)
      clock += 1
      await expect(registry.sws('elsewhere')).rejects.toMatchObject({ status: 404 })
    } finally {
      await registry.closeAll()
    }
  })

  it('stops using a connection deleted through this BFF at once', async () => {
    await tenantWithSws('leaving-conn')
    const admin = await t.signIn('admin', 'admin-demo')
    expect((await usersOf('leaving-conn', admin)).status).toBe(200)
    expect((await remove('/api/tenants/leaving-conn/connections/sws', admin)).status).toBe(200)
    const after = await usersOf('leaving-conn', admin)
    expect(after.status).toBe(404)
    expect((await json(after)).error.message).toContain('sws connection')
  })

  it('stops using the connections of a tenant deleted through this BFF at once', async () => {
    await tenantWithSws('leaving-tenant')
    const admin = await t.signIn('admin', 'admin-demo')
    expect((await usersOf('leaving-tenant', admin)).status).toBe(200)
    expect((await remove('/api/tenants/leaving-tenant', admin)).status).toBe(204)
    expect((await usersOf('leaving-tenant', admin)).status).toBe(404)
    await expect(t.deps.vendors.sws('leaving-tenant')).rejects.toMatchObject({ status: 404 })
  })

  it('builds one adapter for concurrent first calls', async () => {
    await tenantWithSws('busy')
    const registry = createVendorRegistry({ db: t.db, sealer: t.deps.sealer, log: t.deps.log })
    try {
      const clients = await Promise.all(Array.from({ length: 8 }, () => registry.sws('busy')))
      expect(new Set(clients).size).toBe(1)
    } finally {
      await registry.closeAll()
    }
  })
})
