import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { addFaults, collection, simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

// Organizations and SCIM groups end to end, checked in what the simulator holds.

const sims = useSpawnedSimulators({ resetBeforeEach: 'identity' })

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string
let helpdesk: string
let auditor: string

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity })
  admin = await t.signIn('admin', 'admin-demo')
  helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
  auditor = await t.signIn('auditor', 'auditor-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const ORGS = '/api/t/demo/identity/organizations'
const get = (path: string, cookie = admin) => t.request(path, { headers: { cookie } })
const send = (method: string, path: string, body: unknown, cookie = admin) => t.request(path, { method, headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify(body) })

interface SimOrg {
  ID: string
  Name: string
  Description: string | null
  internal: { administratorUuids: string[]; permissions: unknown[] }
}
interface SimUser {
  Uuid: string
  Name: string
  internal: { organizationId: string | null }
}
const simOrg = async (id: string) => (await simJson(sims.identity, `/__sim/collections/organizations/${id}`)) as SimOrg
const simUsers = () => collection<SimUser>(sims.identity, 'users')
const lastAudit = async () =>
  t.db.selectFrom('audit_log').select(['action', 'result', 'target', 'reason']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow()

describe('organizations', () => {
  it('lists with search and paging', async () => {
    const all = await json(get(`${ORGS}?pageSize=100`))
    expect(all.total).toBe(24)
    const names = all.items.map((organization: { name: string }) => organization.name)
    expect(names).toEqual([...names].sort((a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'base' })))
    const needle = (names[3] as string).slice(0, 4)
    const found = await json(get(`${ORGS}?q=${encodeURIComponent(needle)}`))
    expect(found.items.length).toBeGreaterThan(0)
    for (const item of found.items) expect(`${item.name} ${item.description ?? ''}`.toLowerCase()).toContain(needle.toLowerCase())
    expect((await get(`${ORGS}?pageSize=7`)).status).toBe(400)
  })

  it('creates, edits and deletes (reason required), audited, as the simulator shows', async () => {
    const created = await send('POST', ORGS, { name: 'Moonshot <img src=x>', description: 'R&D', reason: 'CHG-7' })
    expect(created.status).toBe(201)
    const organization = await json(created)
    expect(await simOrg(organization.id)).toMatchObject({ Name: 'Moonshot <img src=x>', Description: 'R&D' })
    expect(await lastAudit()).toMatchObject({ action: 'identity.org.create', result: 'success', reason: 'CHG-7' })

    const duplicate = await send('POST', ORGS, { name: 'moonshot <IMG src=x>', description: '' })
    expect(duplicate.status).toBe(502)
    expect((await json(duplicate)).error.message).toMatch(/already exists/)
    expect(await lastAudit()).toMatchObject({ action: 'identity.org.create', result: 'failure' })

    expect((await send('PUT', `${ORGS}/${organization.id}`, { name: 'Moonshot 2', description: '' })).status).toBe(200)
    expect(await simOrg(organization.id)).toMatchObject({ Name: 'Moonshot 2' })

    expect((await send('DELETE', `${ORGS}/${organization.id}`, {})).status).toBe(400)
    expect((await send('DELETE', `${ORGS}/${organization.id}`, { reason: 'gone' })).status).toBe(204)
    expect((await fetch(`${sims.identity}/__sim/collections/organizations/${organization.id}`)).status).toBe(404)
    expect(await lastAudit()).toMatchObject({ action: 'identity.org.delete', result: 'success', reason: 'gone', target: `organization Moonshot 2 (${organization.id})` })
  })

  it('confirms a create whose answer was lost, without creating it twice', async () => {
    await addFaults(sims.identity, { kind: 'server-error', status: 502, pathPrefix: '/Org/Create', times: 1 })
    const created = await send('POST', ORGS, { name: 'Flaky Org', description: '' })
    expect(created.status).toBe(201)
    const held = (await collection<SimOrg>(sims.identity, 'organizations')).filter((organization) => organization.Name === 'Flaky Org')
    expect(held).toHaveLength(1)
  })

  it('adds and removes members; lists them from the directory', async () => {
    const organization = await json(send('POST', ORGS, { name: 'Members Org', description: '' }))
    const [a, b] = (await simUsers()).slice(40, 42) as [SimUser, SimUser]
    expect((await send('POST', `${ORGS}/${organization.id}/members`, { add: [a.Uuid, b.Uuid], reason: 'onboarding' })).status).toBe(200)
    const users = await simUsers()
    expect(users.filter((user) => user.internal.organizationId === organization.id).map((user) => user.Uuid).sort()).toEqual([a.Uuid, b.Uuid].sort())
    const members = await json(get(`${ORGS}/${organization.id}/members`))
    expect(members.complete).toBe(true)
    expect(members.items.map((member: { id: string }) => member.id).sort()).toEqual([a.Uuid, b.Uuid].sort())
    expect(await lastAudit()).toMatchObject({ action: 'identity.org.members', result: 'success', reason: 'onboarding' })

    expect((await send('POST', `${ORGS}/${organization.id}/members`, { remove: [a.Uuid] })).status).toBe(200)
    expect((await json(get(`${ORGS}/${organization.id}/members`))).items.map((member: { id: string }) => member.id)).toEqual([b.Uuid])
    expect((await send('POST', `${ORGS}/${organization.id}/members`, {})).status).toBe(400)
  })

  it('grants and revokes administrators and rights; lists roles', async () => {
    const organization = (await json(get(ORGS))).items[0]
    const user = (await simUsers())[77] as SimUser
    expect((await send('POST', `${ORGS}/${organization.id}/administrators`, { grant: [user.Uuid] })).status).toBe(200)
    const administrators = await json(get(`${ORGS}/${organization.id}/administrators`))
    expect(administrators.items).toContainEqual(expect.objectContaining({ id: user.Uuid, username: user.Name }))
    expect((await simOrg(organization.id)).internal.administratorUuids).toContain(user.Uuid)
    expect((await send('POST', `${ORGS}/${organization.id}/administrators`, { revoke: [user.Uuid] })).status).toBe(200)
    expect((await simOrg(organization.id)).internal.administratorUuids).not.toContain(user.Uuid)

    expect((await send('POST', `${ORGS}/${organization.id}/permissions`, { grant: [{ right: 'View', principal: user.Name, principalType: 'User' }] })).status).toBe(200)
    expect((await json(get(`${ORGS}/${organization.id}/permissions`))).items).toContainEqual({ right: 'View', principal: user.Name, principalType: 'User' })
    expect((await send('POST', `${ORGS}/${organization.id}/permissions`, { revoke: [{ right: 'View', principal: user.Name }] })).status).toBe(200)
    expect((await simOrg(organization.id)).internal.permissions).toEqual([])

    const roles = await json(get(`${ORGS}/${organization.id}/roles`))
    expect(Array.isArray(roles.items)).toBe(true)
  })

  it('refuses helpdesk everything and a missing organization with 404', async () => {
    expect((await get(ORGS, helpdesk)).status).toBe(403)
    expect((await send('POST', ORGS, { name: 'x', description: '' }, helpdesk)).status).toBe(403)
    expect((await get(`${ORGS}/00000000-0000-0000-0000-000000000000`)).status).toBe(404)
  })

  it('lets the auditor read but change nothing', async () => {
    const organization = (await json(get(ORGS, auditor))).items[0]
    expect((await get(`${ORGS}/${organization.id}/administrators`, auditor)).status).toBe(200)
    expect((await send('POST', ORGS, { name: 'Audited', description: '' }, auditor)).status).toBe(403)
    expect((await send('DELETE', `${ORGS}/${organization.id}`, { reason: 'nope' }, auditor)).status).toBe(403)
    expect((await send('POST', `${ORGS}/${organization.id}/members`, { add: ['x'] }, auditor)).status).toBe(403)
    expect((await send('DELETE', `/api/t/demo/identity/scim-groups/sysadmin`, { reason: 'nope' }, auditor)).status).toBe(403)
  })
})

describe('SCIM groups', () => {
  const GROUPS = '/api/t/demo/identity/scim-groups'
  it('lists with search, deletes with a reason, audited', async () => {
    const page = await json(get(`${GROUPS}?pageSize=25`))
    expect(page.total).toBeGreaterThan(0)
    const group = page.items.find((item: { displayName: string; id: string }) => item.id !== 'sysadmin')
    const found = await json(get(`${GROUPS}?q=${encodeURIComponent(group.displayName.slice(0, 3))}`))
    expect(found.items.map((item: { id: string }) => item.id)).toContain(group.id)

    expect((await send('DELETE', `${GROUPS}/${group.id}`, {})).status).toBe(400)
    expect((await send('DELETE', `${GROUPS}/${group.id}`, { reason: 'cleanup' })).status).toBe(204)
    expect((await fetch(`${sims.identity}/__sim/collections/roles/${group.id}`)).status).toBe(404)
    expect(await lastAudit()).toMatchObject({ action: 'identity.scim-group.delete', result: 'success', reason: 'cleanup' })
    expect((await send('DELETE', `${GROUPS}/${group.id}`, { reason: 'again' })).status).toBe(404)
    expect((await send('DELETE', `${GROUPS}/${group.id}`, { reason: 'x' }, helpdesk)).status).toBe(403)
  })
})
