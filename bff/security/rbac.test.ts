import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
const cookies: Record<string, string> = {}

beforeAll(async () => {
  t = await createTestApp()
  for (const role of ['admin', 'helpdesk', 'auditor']) cookies[role] = await t.signIn(role, `${role}-demo`)
})
afterAll(async () => {
  await t.close()
})

const newOperator = (username: string) => ({
  username,
  displayName: 'New operator',
  password: 'a long enough password',
  grants: [{ role: 'helpdesk', tenantId: 'demo' }],
})

describe('role checks in the BFF', () => {
  it.each(['helpdesk', 'auditor'])('refuses %s the admin-only operator list with a 403 naming the permission', async (role) => {
    const response = await t.request('/api/console/operators', { headers: { cookie: cookies[role] ?? '' } })
    expect(response.status).toBe(403)
    expect(await json(response)).toEqual({
      error: {
        code: 'forbidden',
        message: 'You do not have the permission this needs: console.operators.manage.',
        details: { permission: 'console.operators.manage' },
      },
    })
  })

  it('refuses helpdesk creating an operator, and nothing is created', async () => {
    const response = await t.request('/api/console/operators', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, cookie: cookies.helpdesk ?? '' },
      body: JSON.stringify(newOperator('sneaky')),
    })
    expect(response.status).toBe(403)
    expect(await t.db.selectFrom('operators').select('username').where('username', '=', 'sneaky').execute()).toEqual([])
  })

  it('lets admin list and create operators, with per-tenant grants', async () => {
    const created = await t.request('/api/console/operators', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, cookie: cookies.admin ?? '' },
      body: JSON.stringify(newOperator('tenant-helper')),
    })
    expect(created.status).toBe(201)
    expect((await json(created)).grants).toEqual([{ role: 'helpdesk', tenantId: 'demo' }])
    const list = await json(t.request('/api/console/operators', { headers: { cookie: cookies.admin ?? '' } }))
    expect(list.items.map((operator: { username: string }) => operator.username)).toEqual(['admin', 'auditor', 'helpdesk', 'tenant-helper'])
  })

  it('validates a new operator field by field', async () => {
    const response = await t.request('/api/console/operators', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, cookie: cookies.admin ?? '' },
      body: JSON.stringify({ ...newOperator('Bad Name!'), password: 'short', grants: [{ role: 'root', tenantId: null }] }),
    })
    expect(response.status).toBe(400)
    const paths = (await json(response)).error.details.fields.map((field: { path: string }) => field.path)
    expect(paths).toEqual(expect.arrayContaining(['username', 'password', 'grants.0.role']))
  })

  it('refuses a duplicate username and a grant for a tenant that does not exist', async () => {
    const post = (body: unknown) =>
      t.request('/api/console/operators', { method: 'POST', headers: { ...SAME_ORIGIN, cookie: cookies.admin ?? '' }, body: JSON.stringify(body) })
    expect((await post(newOperator('admin'))).status).toBe(409)
    const unknownTenant = await post({ ...newOperator('nowhere'), grants: [{ role: 'auditor', tenantId: 'no-such-tenant' }] })
    expect(unknownTenant.status).toBe(400)
    expect((await json(unknownTenant)).error.details.fields).toEqual([{ path: 'grants.0.tenantId', message: 'There is no tenant "no-such-tenant".' }])
  })

  it('shows each operator only the tenants they hold a role for', async () => {
    const tenants = await json(t.request('/api/tenants', { headers: { cookie: cookies.auditor ?? '' } }))
    expect(tenants.items).toEqual([{ id: 'demo', name: 'Demo (simulated)' }])
  })
})
