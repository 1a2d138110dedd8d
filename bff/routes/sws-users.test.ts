import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { addFaults, simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators({ resetBeforeEach: 'gateway' })
let t: TestApp
const cookies: Record<'admin' | 'helpdesk' | 'auditor', string> = { admin: '', helpdesk: '', auditor: '' }

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  cookies.admin = await t.signIn('admin', 'admin-demo')
  cookies.helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
  cookies.auditor = await t.signIn('auditor', 'auditor-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

type Role = keyof typeof cookies
const call = (role: Role, method: string, path: string, body?: unknown) =>
  t.request(`/api/t/demo/sws/users${path}`, { method, headers: { ...SAME_ORIGIN, cookie: cookies[role] }, body: body === undefined ? undefined : JSON.stringify(body) })

interface SimUser {
  id: string
  username: string
  firstName: string
  lastName: string
  status: string
}
const simUser = async (id: string) => {
  const response = await fetch(`${sims.gateway}/__sim/collections/users/${id}`)
  return response.status === 404 ? null : ((await response.json()) as SimUser | { item: SimUser })
}
const statusOf = async (id: string) => {
  const user = await simUser(id)
  return user === null ? null : 'item' in user ? user.item.status : user.status
}
const auditEntries = (action: string) => t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq', 'desc').execute()

async function firstUser(status: 'Activated' | 'Deactivated') {
  const page = await json(call('admin', 'GET', '?pageSize=100'))
  const user = page.items.find((item: { status: string; username: string }) => item.status === status && /^[a-z]/.test(item.username))
  expect(user, `a ${status} user`).toBeDefined()
  return user as { id: string; username: string; fullName: string; status: string }
}

describe('SWS users', () => {
  it('lists with paging and the total, and searches by name', async () => {
    const first = await json(call('helpdesk', 'GET', '?pageSize=25'))
    expect(first).toMatchObject({ total: 80, page: 1, pageSize: 25 })
    expect(first.items).toHaveLength(25)
    expect(first.items[0]).toMatchObject({ id: expect.stringMatching(/^[0-9a-f]{32}$/), username: expect.any(String), role: 'TenantAdmin' })
    const last = await json(call('helpdesk', 'GET', '?pageSize=25&page=4'))
    expect(last.items).toHaveLength(5)

    const target = first.items[3]
    const found = await json(call('admin', 'GET', `?q=${encodeURIComponent(target.username)}`))
    expect(found.items.map((item: { id: string }) => item.id)).toContain(target.id)
    expect(found.total).toBeLessThan(80)
  })

  it('shows one user with first and last name', async () => {
    const user = await firstUser('Activated')
    const detail = await json(call('helpdesk', 'GET', `/${user.id}`))
    expect(detail).toMatchObject({ id: user.id, username: user.username, firstName: expect.any(String), lastName: expect.any(String) })
    expect((await call('admin', 'GET', '/0123456789abcdef0123456789abcdef')).status).toBe(404)
    expect((await call('admin', 'GET', '/not%20an%20id')).status).toBe(400)
  })

  it('refuses a page past the gateway’s 10,000 window instead of failing at the vendor', async () => {
    const response = await call('admin', 'GET', '?page=201&pageSize=50')
    expect(response.status).toBe(400)
    expect((await json(response)).error.details.fields[0].path).toBe('page')
  })

  it('lets helpdesk deactivate and activate a user, with the reason audited', async () => {
    const user = await firstUser('Activated')
    const off = await call('helpdesk', 'PUT', `/${user.id}/status`, { status: 'Deactivated', reason: 'HD-42 lost phone' })
    expect(off.status).toBe(200)
    expect((await json(off)).status).toBe('Deactivated')
    expect(await statusOf(user.id)).toBe('Deactivated')
    const [entry] = await auditEntries('sws.user.deactivate')
    expect(entry).toMatchObject({ tenant_id: 'demo', reason: 'HD-42 lost phone', result: 'success', actor: 'helpdesk' })
    expect(entry?.target).toBe(`SWS user ${user.username} (${user.id})`)

    expect((await call('helpdesk', 'PUT', `/${user.id}/status`, { status: 'Activated' })).status).toBe(200)
    expect(await statusOf(user.id)).toBe('Activated')
  })

  it('refuses a bad status with a field error and changes nothing', async () => {
    const user = await firstUser('Activated')
    const response = await call('admin', 'PUT', `/${user.id}/status`, { status: 'Suspended' })
    expect(response.status).toBe(400)
    expect((await json(response)).error.details.fields[0].path).toBe('status')
    expect(await statusOf(user.id)).toBe('Activated')
  })

  it('gives helpdesk no delete and the auditor no change at all (403), leaving the user as it was', async () => {
    const user = await firstUser('Activated')
    const helpdeskDelete = await call('helpdesk', 'DELETE', `/${user.id}`, { reason: 'not allowed' })
    expect(helpdeskDelete.status).toBe(403)
    expect((await json(helpdeskDelete)).error.details.permission).toBe('sws.users.delete')
    const auditorStatus = await call('auditor', 'PUT', `/${user.id}/status`, { status: 'Deactivated' })
    expect(auditorStatus.status).toBe(403)
    expect((await call('auditor', 'GET', '')).status).toBe(403)
    expect(await statusOf(user.id)).toBe('Activated')
  })

  it('deletes from the SWS tenant only (the Identity user stays), reason required', async () => {
    const user = await firstUser('Deactivated')
    const noReason = await call('admin', 'DELETE', `/${user.id}`, {})
    expect(noReason.status).toBe(400)
    expect(await statusOf(user.id)).toBe('Deactivated')

    expect((await call('admin', 'DELETE', `/${user.id}`, { reason: 'OFF-7 contractor left' })).status).toBe(204)
    expect(await statusOf(user.id)).toBeNull()
    const [entry] = await auditEntries('sws.user.delete')
    expect(entry).toMatchObject({ result: 'success', reason: 'OFF-7 contractor left' })
    // The same person is still in CyberArk Identity.
    const identity = (await simJson(sims.identity, `/__sim/collections/users?limit=1000`)) as { items: Array<{ Name: string }> }
    expect(identity.items.some((item) => item.Name.toLowerCase() === user.username.toLowerCase())).toBe(true)
    expect((await call('admin', 'GET', `/${user.id}`)).status).toBe(404)
  })

  it('records a failure when the gateway refuses the change, and reports it', async () => {
    const user = await firstUser('Activated')
    await addFaults(sims.gateway, { kind: 'server-error', status: 500, pathPrefix: `/v2-edge/sws/users/${user.id}/status`, method: 'PUT' })
    const response = await call('helpdesk', 'PUT', `/${user.id}/status`, { status: 'Deactivated', reason: 'HD-43' })
    expect(response.status).toBe(502)
    const [entry] = await auditEntries('sws.user.deactivate')
    expect(entry).toMatchObject({ result: 'failure', reason: 'HD-43' })
    expect(await statusOf(user.id)).toBe('Activated')
  })
})
