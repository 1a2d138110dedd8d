import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string

beforeAll(async () => {
  t = await createTestApp()
  admin = await t.signIn('admin', 'admin-demo')
})
afterAll(async () => {
  await t.close()
})

const createTenant = (body: unknown, cookie = admin) =>
  t.request('/api/tenants', { method: 'POST', headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify(body) })

describe('tenants', () => {
  it('admin creates a tenant; the creation is audited', async () => {
    const response = await createTenant({ id: 'acme-prod', name: 'ACME prod', reason: 'CHG-1' })
    expect(response.status).toBe(201)
    expect(await json(response)).toEqual({ id: 'acme-prod', name: 'ACME prod' })
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'tenant.create').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ tenant_id: 'acme-prod', target: 'ACME prod', reason: 'CHG-1', actor: 'admin' })
  })

  it('refuses bad ids, duplicates and non-admins, changing nothing', async () => {
    expect((await createTenant({ id: 'Bad Id!', name: 'x' })).status).toBe(400)
    expect((await createTenant({ id: 'acme-prod', name: 'Again' })).status).toBe(409)
    const helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
    const refused = await createTenant({ id: 'sneaky', name: 'Sneaky' }, helpdesk)
    expect((await json(refused)).error.details.permission).toBe('console.connections.manage')
    expect(await t.db.selectFrom('tenants').select('id').orderBy('id').execute()).toEqual([{ id: 'acme-prod' }, { id: 'demo' }])
  })

  it('tells an operator what they may do in a tenant, and refuses a tenant they hold no role for', async () => {
    const create = await t.request('/api/console/operators', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, cookie: admin },
      body: JSON.stringify({ username: 'acme-desk', displayName: 'ACME desk', password: 'a long enough password', grants: [{ role: 'helpdesk', tenantId: 'acme-prod' }] }),
    })
    expect(create.status).toBe(201)
    const cookie = await t.signIn('acme-desk', 'a long enough password')
    const access = await json(t.request('/api/t/acme-prod', { headers: { cookie } }))
    expect(access.tenant).toEqual({ id: 'acme-prod', name: 'ACME prod' })
    expect(access.permissions).toContain('identity.users.lock')
    expect(access.permissions).not.toContain('identity.users.delete')

    const other = await t.request('/api/t/demo', { headers: { cookie } })
    expect(other.status).toBe(403)
    expect((await json(other)).error.message).toBe('You have no role for the tenant "Demo (simulated)".')
    expect((await t.request('/api/t/no-such-tenant', { headers: { cookie } })).status).toBe(404)
  })
})
