import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { collection, resetSimulator, simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

// The SPS configuration routes over a simulator of this file's own: pending changes in the
// operator's own SPS session, commit and discard, the lock between two operators, refusals.

const sims = useSpawnedSimulators()
type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string
let second: string

interface SimUser {
  key: string
  name: string
  password: string | null
}
interface SimGroup {
  key: string
  name: string
  members: string[]
}
const groups = () => collection<SimGroup>(sims.sps, 'usergroups')
const users = () => collection<SimUser>(sims.sps, 'localUsers')
const spsState = () => simJson(sims.sps, '/__sim/sps') as Promise<{ lock: { changes: number } | null; commits: Array<{ message: string | null }> }>

const send = (method: string, path: string, body?: unknown, cookie = admin) =>
  t.request(`/api/t/demo/sps${path}`, { method, headers: { ...SAME_ORIGIN, cookie }, body: body === undefined ? undefined : JSON.stringify(body) })

async function audit(action: string) {
  return t.db.selectFrom('audit_log').selectAll().where('action', '=', action).orderBy('seq', 'desc').execute()
}

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_SPS_URL: sims.sps, GATEHOUSE_REAUTH_SECONDS: '3600' })
  admin = await t.signIn('admin', 'admin-demo')
  const operator = await t.request('/api/console/operators', {
    method: 'POST',
    headers: { ...SAME_ORIGIN, cookie: admin },
    body: JSON.stringify({ username: 'second-admin', displayName: 'Second admin', password: 'second-admin-password', grants: [{ role: 'admin', tenantId: 'demo' }] }),
  })
  expect(operator.status).toBe(201)
  second = await t.signIn('second-admin', 'second-admin-password')
})
afterAll(async () => {
  await t?.close()
})
beforeEach(async () => {
  // Each test starts with no pending changes in either operator's SPS session.
  await send('POST', '/transaction/discard', {})
  await send('POST', '/transaction/discard', {}, second)
  await resetSimulator(sims.sps)
})

async function twoUserKeys(): Promise<[SimUser, SimUser]> {
  const people = (await users()).filter((user) => /^[a-z][a-z0-9.]*$/.test(user.name) && user.name !== 'admin' && user.name !== 'auditor')
  return [people[0] as SimUser, people[1] as SimUser]
}

describe('SPS usergroups with pending changes', () => {
  it('stages a new group in the operator’s transaction: absent from SPS until commit, then present', async () => {
    const [alice, bob] = await twoUserKeys()
    const created = await send('POST', '/usergroups', { name: 'gh-ops', members: [alice.key, bob.key], reason: 'CHG-1' })
    expect(created.status).toBe(201)
    expect((await json(created)).committed).toBe(false)
    expect((await groups()).map((group) => group.name)).not.toContain('gh-ops')

    // The operator's own list shows it, marked; the transaction lists it in the diff.
    const list = await json(send('GET', '/usergroups?q=gh-ops'))
    expect(list.view).toBe('with-pending-changes')
    expect(list.items).toEqual([expect.objectContaining({ name: 'gh-ops', pending: 'created', members: [expect.objectContaining({ name: alice.name, userKey: alice.key }), expect.objectContaining({ name: bob.name, userKey: bob.key })] })])
    const state = await json(send('GET', '/transaction'))
    expect(state).toMatchObject({ connected: true, status: 'open', commitMessage: 'none' })
    expect(state.remainingSeconds).toBeGreaterThan(0)
    expect(state.changes).toEqual([expect.objectContaining({ type: 'create', kind: 'usergroup', name: 'gh-ops' })])
    expect(state.changes[0].fields).toContainEqual({ field: 'members', before: null, after: `${alice.name}, ${bob.name}` })

    const noReason = await send('POST', '/transaction/commit', {})
    expect(noReason.status).toBe(400)
    const committed = await send('POST', '/transaction/commit', { reason: 'CHG-1 ops team' })
    expect(committed.status).toBe(200)
    const group = (await groups()).find((candidate) => candidate.name === 'gh-ops')
    expect(group?.members.sort()).toEqual([alice.name, bob.name].sort())
    expect((await spsState()).lock).toBeNull()
    expect(await json(send('GET', '/transaction'))).toMatchObject({ status: 'closed', changes: [] })
    const [entry] = await audit('sps.transaction.commit')
    expect(entry).toMatchObject({ reason: 'CHG-1 ops team', result: 'success' })
  })

  it('discard leaves nothing behind', async () => {
    await send('POST', '/usergroups', { name: 'gh-discarded', members: [] })
    const discarded = await send('POST', '/transaction/discard', { reason: 'changed my mind' })
    expect(discarded.status).toBe(200)
    expect((await spsState()).lock).toBeNull()
    expect((await groups()).map((group) => group.name)).not.toContain('gh-discarded')
    expect((await json(send('GET', '/usergroups?q=gh-discarded'))).items).toEqual([])
    expect((await audit('sps.transaction.discard'))[0]).toMatchObject({ result: 'success', reason: 'changed my mind' })
  })

  it('gives a second operator SPS’s lock error while the first has pending changes, and changes nothing', async () => {
    await send('POST', '/usergroups', { name: 'gh-first', members: [] })
    const refused = await send('POST', '/usergroups', { name: 'gh-second', members: [] }, second)
    expect(refused.status).toBe(409)
    expect((await json(refused)).error.message).toMatch(/locked by another administrator/)
    const quick = await send('POST', '/usergroups', { name: 'gh-second', members: [], commit: true, reason: 'CHG-2' }, second)
    expect(quick.status).toBe(409)
    expect(await json(send('GET', '/transaction', undefined, second))).toMatchObject({ status: 'closed' })
    await send('POST', '/transaction/commit', { reason: 'CHG-3' })
    const names = (await groups()).map((group) => group.name)
    expect(names).toContain('gh-first')
    expect(names).not.toContain('gh-second')
    expect((await audit('sps.usergroup.create')).find((entry) => entry.target === 'usergroup gh-second')).toMatchObject({ result: 'failure' })
  })

  it('commits a quick single change at once with the reason, when nothing else is pending', async () => {
    const needsReason = await send('POST', '/usergroups', { name: 'gh-quick', members: [], commit: true })
    expect(needsReason.status).toBe(400)
    expect((await json(needsReason)).error.details.fields).toContainEqual(expect.objectContaining({ path: 'reason' }))
    const quick = await send('POST', '/usergroups', { name: 'gh-quick', members: [], commit: true, reason: 'CHG-4' })
    expect(quick.status).toBe(201)
    expect((await json(quick)).committed).toBe(true)
    expect((await groups()).map((group) => group.name)).toContain('gh-quick')
    expect((await spsState()).lock).toBeNull()
  })

  it('renames and changes members with a PUT of the whole group', async () => {
    const [alice, bob] = await twoUserKeys()
    const { key } = await json(send('POST', '/usergroups', { name: 'gh-rename', members: [alice.key], commit: true, reason: 'CHG-5' }))
    const changed = await send('PUT', `/usergroups/${key}`, { name: 'gh-renamed', members: [bob.key] })
    expect(changed.status).toBe(200)
    const state = await json(send('GET', '/transaction'))
    expect(state.changes[0]).toMatchObject({ type: 'replace', kind: 'usergroup' })
    expect(state.changes[0].fields).toEqual(
      expect.arrayContaining([
        { field: 'name', before: 'gh-rename', after: 'gh-renamed' },
        { field: 'members', before: alice.name, after: bob.name },
      ]),
    )
    await send('POST', '/transaction/commit', { reason: 'CHG-5' })
    expect((await groups()).find((group) => group.key === key)).toMatchObject({ name: 'gh-renamed', members: [bob.name] })
  })

  it('refuses to overwrite members someone committed since the operator looked', async () => {
    const [alice, bob] = await twoUserKeys()
    const { key } = await json(send('POST', '/usergroups', { name: 'gh-stale', members: [alice.key], commit: true, reason: 'CHG-6' }))
    // Another operator adds bob and commits; the first still believes the group holds only alice.
    await send('PUT', `/usergroups/${key}`, { name: 'gh-stale', members: [alice.key, bob.key], expectedMembers: [alice.name], commit: true, reason: 'CHG-7' }, second)
    const stale = await send('PUT', `/usergroups/${key}`, { name: 'gh-stale', members: [], expectedMembers: [alice.name] })
    expect(stale.status).toBe(409)
    expect((await json(stale)).error.message).toMatch(/changed on SPS since you opened it/)
    expect((await spsState()).lock).toBeNull()
    expect((await groups()).find((group) => group.key === key)?.members.sort()).toEqual([alice.name, bob.name].sort())
  })

  it('says plainly that a group the ACLs use cannot be deleted, and leaves no transaction', async () => {
    const builtIn = (await groups()).find((group) => group.name === 'search') as SimGroup
    const refused = await send('DELETE', `/usergroups/${builtIn.key}`, { reason: 'cleanup' })
    expect(refused.status).toBe(400)
    const body = await json(refused)
    expect(body.error.message).toMatch(/still in use/)
    expect(body.error.vendor).toMatchObject({ type: 'SemanticError' })
    expect((await spsState()).lock).toBeNull()
    expect((await groups()).map((group) => group.name)).toContain('search')
  })

  it('refuses members that are not local users beside the members field', async () => {
    const refused = await send('POST', '/usergroups', { name: 'gh-ghosts', members: ['no-such-user-key'] })
    expect(refused.status).toBe(400)
    expect((await json(refused)).error.details.fields).toContainEqual(expect.objectContaining({ path: 'members' }))
    expect((await spsState()).lock).toBeNull()
  })

  it('answers the bar of a tenant without an SPS connection without calling SPS', async () => {
    await t.request('/api/tenants', { method: 'POST', headers: { ...SAME_ORIGIN, cookie: admin }, body: JSON.stringify({ id: 'no-sps', name: 'No SPS' }) })
    const before = await simJson(sims.sps, '/__sim/state')
    const state = await json(t.request('/api/t/no-sps/sps/transaction', { headers: { ...SAME_ORIGIN, cookie: admin } }))
    expect(state).toMatchObject({ connected: false, status: 'closed', changes: [] })
    // Nothing pending in the demo tenant either: answered from the console's own state.
    expect(await json(send('GET', '/transaction'))).toMatchObject({ connected: true, status: 'closed' })
    const after = await simJson(sims.sps, '/__sim/state')
    expect((after as { requests: unknown }).requests).toEqual((before as { requests: unknown }).requests)
  })

  it('needs the SPS write permissions: a helpdesk operator gets 403 and no bar state', async () => {
    const helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
    expect((await send('GET', '/transaction', undefined, helpdesk)).status).toBe(403)
    expect((await send('POST', '/usergroups', { name: 'x', members: [] }, helpdesk)).status).toBe(403)
    expect((await send('GET', '/usergroups', undefined, helpdesk)).status).toBe(403)
  })
})

describe('SPS local users', () => {
  it('creates a user with a new password object, never echoing or logging the password', async () => {
    const password = 'Sup3r-Secret-pw!'
    const created = await send('POST', '/local-users', { name: 'gh-carol', password, reason: 'ONB-1' })
    expect(created.status).toBe(201)
    const state = await json(send('GET', '/transaction'))
    expect(state.changes.map((change: { kind: string }) => change.kind)).toEqual(['password', 'local-user'])
    expect(state.changes[1].fields).toContainEqual({ field: 'password', before: null, after: 'set' })
    await send('POST', '/transaction/commit', { reason: 'ONB-1' })
    const carol = (await users()).find((user) => user.name === 'gh-carol')
    expect(carol?.password).toEqual(expect.any(String))
    const logged = JSON.stringify(await t.db.selectFrom('audit_log').selectAll().execute())
    expect(logged).not.toContain(password)
    expect(JSON.stringify(state)).not.toContain(password)
  })

  it('checks strength and the username in the password', async () => {
    const weak = await send('POST', '/local-users', { name: 'gh-dave', password: 'short' })
    expect((await json(weak)).error.details.fields).toContainEqual(expect.objectContaining({ path: 'password' }))
    const named = await send('POST', '/local-users', { name: 'gh-dave', password: 'xx-GH-DAVE-2026!' })
    expect((await json(named)).error.details.fields).toContainEqual({ path: 'password', message: 'The password must not contain the username' })
  })

  it('changes a password through a new password object and a PUT of the user', async () => {
    const target = (await users()).find((user) => user.name === 'auditor') as SimUser
    const changed = await send('PUT', `/local-users/${target.key}/password`, { password: 'N3w-password-for-you', commit: true, reason: 'SEC-7 rotation' })
    expect(changed.status).toBe(200)
    const after = (await users()).find((user) => user.key === target.key)
    expect(after?.password).not.toBe(target.password)
    expect((await audit('sps.local-user.change-password'))[0]).toMatchObject({ result: 'success', reason: 'SEC-7 rotation' })
  })

  it('refuses to delete admin in plain words, audits the refusal, and opens no transaction', async () => {
    const adminUser = (await users()).find((user) => user.name === 'admin') as SimUser
    const refused = await send('DELETE', `/local-users/${adminUser.key}`, { reason: 'cleanup' })
    expect(refused.status).toBe(409)
    expect((await json(refused)).error.message).toMatch(/admin user cannot be deleted/)
    expect((await spsState()).lock).toBeNull()
    expect((await users()).map((user) => user.name)).toContain('admin')
    expect((await audit('sps.local-user.delete'))[0]).toMatchObject({ result: 'failure' })
  })

  it('reports LDAP: local users are disabled there and cannot be created', async () => {
    // Switch the appliance to LDAP through SPS itself, committed.
    const [settings] = await collection<Record<string, unknown>>(sims.sps, 'aaaSettings')
    expect(settings).toBeDefined()
    const cookie = await spsLogin()
    await spsCall(cookie, 'POST', '/api/transaction', '')
    await spsCall(cookie, 'PUT', '/api/configuration/aaa/settings', JSON.stringify({ authentication_method: { selection: 'password' }, user_database: { selection: 'ldap' } }))
    await spsCall(cookie, 'PUT', '/api/transaction', JSON.stringify({ status: 'commit' }))
    const list = await json(send('GET', '/local-users'))
    expect(list.ldap).toBe(true)
    const refused = await send('POST', '/local-users', { name: 'gh-erin', password: 'Erin-password-2026' })
    expect(refused.status).toBe(409)
    expect((await json(refused)).error.message).toMatch(/LDAP/)
    expect((await spsState()).lock).toBeNull()
  })
})

describe('SPS 7.x behaviour', () => {
  it('sends the reason as the commit message when the appliance requires one', async () => {
    await simJson(sims.sps, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ version: '7.0.5', commitMessage: 'required' }) })
    await send('POST', '/usergroups', { name: 'gh-seven', members: [] })
    const state = await json(send('GET', '/transaction'))
    expect(state).toMatchObject({ status: 'open', commitMessage: 'required' })
    expect((await send('POST', '/transaction/commit', { reason: 'CHG-77 seven' })).status).toBe(200)
    expect((await groups()).map((group) => group.name)).toContain('gh-seven')
    expect((await spsState()).commits[0]).toMatchObject({ message: 'CHG-77 seven' })
  })

  it('says the pending changes are gone when SPS ended the transaction on its own', async () => {
    await send('POST', '/usergroups', { name: 'gh-lost', members: [] })
    // A version switch ends every SPS login session, like a reboot.
    await simJson(sims.sps, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ version: '7.0.5' }) })
    const state = await json(send('GET', '/transaction'))
    expect(state.status).toBe('closed')
    expect(state.lost).toMatch(/discarded/)
    expect((await json(send('GET', '/transaction'))).lost).toBeNull()
    expect((await groups()).map((group) => group.name)).not.toContain('gh-lost')
  })
})

async function spsLogin(): Promise<string> {
  const response = await fetch(`${sims.sps}/api/authentication`, { headers: { authorization: `Basic ${Buffer.from('admin:sps-admin').toString('base64')}` } })
  return (response.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
}
async function spsCall(cookie: string, method: string, path: string, body: string) {
  const response = await fetch(`${sims.sps}${path}`, { method, headers: { cookie, 'content-type': 'application/json' }, body })
  expect(response.status, `${method} ${path}: ${await response.clone().text()}`).toBeLessThan(300)
}
