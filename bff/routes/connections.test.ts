import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string

const SECRET = 'identity-client-secret-Xy7'
const identity = { tenantUrl: 'https://abc1234.id.cyberark.cloud', clientId: 'svc@abc1234.example', reason: 'CHG-9' }

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_REAUTH_SECONDS: '60' })
  admin = await t.signIn('admin', 'admin-demo')
  // Not the demo tenant: demo mode wires that one to the simulators already.
  await t.request('/api/tenants', { method: 'POST', headers: { ...SAME_ORIGIN, cookie: admin }, body: JSON.stringify({ id: 'acme', name: 'ACME' }) })
})
afterAll(async () => {
  await t.close()
})

const send = (method: string, path: string, body?: unknown, cookie = admin) =>
  t.request(`/api/tenants/acme/connections${path}`, { method, headers: { ...SAME_ORIGIN, cookie }, body: body === undefined ? undefined : JSON.stringify(body) })

describe('tenant connections', () => {
  it('needs a secret the first time, and never shows it back', async () => {
    const missing = await send('PUT', '/identity', identity)
    expect(missing.status).toBe(400)
    expect((await json(missing)).error.details.fields).toEqual([{ path: 'clientSecret', message: 'Enter the secret: this connection has none yet' }])

    const saved = await send('PUT', '/identity', { ...identity, clientSecret: SECRET })
    expect(saved.status).toBe(200)
    const body = await json(saved)
    expect(body.identity).toMatchObject({ vendor: 'identity', secretSet: true, config: { tenantUrl: identity.tenantUrl, clientId: identity.clientId } })
    expect(JSON.stringify(body)).not.toContain(SECRET)
    expect(JSON.stringify(await json(send('GET', '')))).not.toContain(SECRET)

    const stored = await t.db.selectFrom('tenant_connections').selectAll().where('tenant_id', '=', 'acme').execute()
    expect(stored).toHaveLength(1)
    expect(JSON.stringify(stored)).not.toContain(SECRET)
    const audited = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'connection.save').execute()
    expect(audited).toHaveLength(1)
    expect(JSON.stringify(audited)).not.toContain(SECRET)
  })

  it('keeps the secret when only settings change, and asks for re-authentication to replace it', async () => {
    const before = (await json(send('GET', ''))).identity.secretUpdatedAt
    const renamed = await json(send('PUT', '/identity', { ...identity, clientId: 'other@abc1234.example' }))
    expect(renamed.identity.secretUpdatedAt).toBe(before)
    expect(renamed.identity.config.clientId).toBe('other@abc1234.example')

    t.advance(61_000)
    const refused = await send('PUT', '/identity', { ...identity, clientSecret: 'a-new-secret' })
    expect((await json(refused)).error.code).toBe('reauth_required')
    await t.request('/api/auth/reauth', { method: 'POST', headers: { ...SAME_ORIGIN, cookie: admin }, body: JSON.stringify({ password: 'admin-demo' }) })
    const replaced = await json(send('PUT', '/identity', { ...identity, clientSecret: 'a-new-secret' }))
    expect(replaced.identity.secretUpdatedAt).not.toBe(before)
  })

  it.each([
    ['http to a remote host', 'http://abc1234.id.cyberark.cloud'],
    ['credentials in the address', 'https://user:pw@abc1234.id.cyberark.cloud'],
    ['a query string', 'https://abc1234.id.cyberark.cloud/?x=1'],
    ['not a URL', 'abc1234'],
  ])('refuses %s', async (_case, tenantUrl) => {
    const response = await send('PUT', '/identity', { ...identity, tenantUrl, clientSecret: SECRET })
    expect(response.status).toBe(400)
    expect((await json(response)).error.details.fields[0].path).toBe('tenantUrl')
  })

  it('accepts plain http only on loopback (the simulators)', async () => {
    const response = await send('PUT', '/sps', {
      applianceUrl: 'http://127.0.0.1:4103',
      username: 'admin',
      password: 'sps-admin',
      tls: 'system',
      caPem: null,
    })
    expect(response.status).toBe(200)
  })

  it('checks each vendor’s settings', async () => {
    const sws = await send('PUT', '/sws', {
      dataCenter: null,
      apiBaseUrl: null,
      authBaseUrl: null,
      pathPrefix: '/v2-edge',
      tenantId: '0123456789abcdef0123456789abcdef',
      auth: 'client-secret',
      clientId: 'demo-sws',
      secret: 'demo-secret',
    })
    expect((await json(sws)).error.details.fields).toEqual([{ path: 'apiBaseUrl', message: 'Choose a data center, or give both custom addresses' }])
    const sps = await send('PUT', '/sps', { applianceUrl: 'https://sps.example', username: 'admin', password: 'x', tls: 'custom-ca', caPem: null })
    expect((await json(sps)).error.details.fields).toEqual([{ path: 'caPem', message: 'Paste the CA certificate' }])
  })

  it('is for admins only', async () => {
    const helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
    const refused = await send('GET', '', undefined, helpdesk)
    expect(refused.status).toBe(403)
    expect((await json(refused)).error.details.permission).toBe('console.connections.manage')
  })

  it('removes a connection with a reason, and a tenant with its connections', async () => {
    expect((await send('DELETE', '/sps', {})).status).toBe(400)
    expect((await json(send('DELETE', '/sps', { reason: 'CHG-10 decommissioned' }))).sps).toBeNull()
    const gone = await t.request('/api/tenants/acme', { method: 'DELETE', headers: { ...SAME_ORIGIN, cookie: admin }, body: JSON.stringify({ reason: 'CHG-11 tenant closed' }) })
    expect(gone.status).toBe(204)
    expect(await t.db.selectFrom('tenant_connections').selectAll().where('tenant_id', '=', 'acme').execute()).toEqual([])
    expect((await send('GET', '')).status).toBe(404)
  })
})

describe('demo tenant', () => {
  it('is wired to the simulators with their demo credentials, sealed', async () => {
    const demo = await createTestApp()
    const cookie = await demo.signIn('admin', 'admin-demo')
    const view = await json(demo.request('/api/tenants/demo/connections', { headers: { cookie } }))
    expect(view.identity).toMatchObject({ secretSet: true, config: { tenantUrl: 'http://127.0.0.1:4101', clientId: 'demo-service@gatehouse.sim' } })
    expect(view.sws).toMatchObject({ secretSet: true, config: { apiBaseUrl: 'http://127.0.0.1:4102', clientId: 'demo-sws' } })
    expect(view.sps).toMatchObject({ secretSet: true, config: { applianceUrl: 'http://127.0.0.1:4103', username: 'admin' } })
    const stored = JSON.stringify(await demo.db.selectFrom('tenant_connections').selectAll().execute())
    expect(stored).not.toContain('demo-secret')
    expect(stored).not.toContain('sps-admin')
    await demo.close()
  })
})
