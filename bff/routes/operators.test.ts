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

const send = (method: string, path: string, body: unknown, cookie = admin) =>
  t.request(`/api/console/operators${path}`, { method, headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify(body) })

async function create(username: string, grants: unknown[]) {
  const response = await send('POST', '', { username, displayName: username, password: 'a long enough password', grants, reason: 'TICKET-1' })
  expect(response.status).toBe(201)
  return (await json(response)).id as string
}

const idOf = async (username: string) =>
  (await t.db.selectFrom('operators').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id

describe('operator management', () => {
  it('grants a role for one tenant only: helpdesk for A gets 403 on B', async () => {
    await t.db.insertInto('tenants').values({ id: 'globex', name: 'Globex', created_at: new Date() }).execute()
    await create('demo-only', [{ role: 'helpdesk', tenantId: 'demo' }])
    const cookie = await t.signIn('demo-only', 'a long enough password')
    const tenants = await json(t.request('/api/tenants', { headers: { cookie } }))
    expect(tenants.items.map((tenant: { id: string }) => tenant.id)).toEqual(['demo'])
    const session = (await json(t.request('/api/auth/session', { headers: { cookie } }))).session
    expect(session.operator.grants).toEqual([{ role: 'helpdesk', tenantId: 'demo' }])
  })

  it('replaces roles and records before and after with the reason', async () => {
    const id = await create('mover', [{ role: 'auditor', tenantId: null }])
    const response = await send('PUT', `/${id}/grants`, { grants: [{ role: 'helpdesk', tenantId: 'demo' }], reason: 'CHG-42 moved team' })
    expect(response.status).toBe(200)
    expect((await json(response)).grants).toEqual([{ role: 'helpdesk', tenantId: 'demo' }])
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'operator.update-roles').executeTakeFirstOrThrow()
    expect(entry).toMatchObject({ actor: 'admin', target: 'mover', reason: 'CHG-42 moved team', result: 'success' })
    expect(entry.details).toMatchObject({ before: [{ role: 'auditor', tenantId: null }], after: [{ role: 'helpdesk', tenantId: 'demo' }] })
  })

  it('disabling ends the operator’s sessions and stops sign-in; enabling restores it', async () => {
    const id = await create('leaver', [{ role: 'auditor', tenantId: null }])
    const cookie = await t.signIn('leaver', 'a long enough password')
    expect((await send('POST', `/${id}/disable`, { reason: 'left the company' })).status).toBe(200)
    expect((await json(t.request('/api/auth/session', { headers: { cookie } }))).session).toBeNull()
    await expect(t.signIn('leaver', 'a long enough password')).rejects.toThrow(/401/)
    expect((await send('POST', `/${id}/enable`, {})).status).toBe(200)
    await expect(t.signIn('leaver', 'a long enough password')).resolves.toMatch(/^gatehouse_session=/)
  })

  it('resets a password to a temporary one shown once, which then works', async () => {
    const id = await create('forgetful', [{ role: 'helpdesk', tenantId: null }])
    const response = await send('POST', `/${id}/reset-password`, { reason: 'INC-7' })
    const { temporaryPassword } = await json(response)
    expect(temporaryPassword).toMatch(/^[A-Za-z0-9_-]{20,}$/)
    await expect(t.signIn('forgetful', 'a long enough password')).rejects.toThrow(/401/)
    await expect(t.signIn('forgetful', temporaryPassword)).resolves.toMatch(/^gatehouse_session=/)
    const entry = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'operator.reset-password').executeTakeFirstOrThrow()
    expect(JSON.stringify(entry)).not.toContain(temporaryPassword)
  })

  it('never leaves the console without an enabled admin for all tenants, and refuses disabling yourself', async () => {
    const adminId = await idOf('admin')
    const demote = await send('PUT', `/${adminId}/grants`, { grants: [{ role: 'auditor', tenantId: null }] })
    expect(demote.status).toBe(409)
    expect((await json(demote)).error.message).toContain('last enabled admin')
    expect((await send('POST', `/${adminId}/disable`, {})).status).toBe(409)
    expect((await json(t.request('/api/console/operators', { headers: { cookie: admin } }))).items.find((o: { username: string }) => o.username === 'admin').grants).toEqual([
      { role: 'admin', tenantId: null },
    ])
  })

  it('answers bad ids and bad bodies with clear errors', async () => {
    expect((await send('POST', '/not-a-uuid/disable', {})).status).toBe(400)
    expect((await send('POST', '/00000000-0000-4000-8000-000000000000/disable', {})).status).toBe(404)
    const dup = await send('PUT', `/${await idOf('helpdesk')}/grants`, { grants: [{ role: 'auditor', tenantId: null }, { role: 'auditor', tenantId: null }] })
    expect(dup.status).toBe(400)
    const long = await send('POST', `/${await idOf('helpdesk')}/disable`, { reason: 'x'.repeat(501) })
    expect((await json(long)).error.details.fields).toEqual([{ path: 'reason', message: 'At most 500 characters' }])
  })
})
