import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { LeaverRun, PersonFootprint } from '../../contract/people'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { addFaults, resetSimulator, simJson } from '../vendors/testing/sim-control'
import { spsCommitAsAdmin, spsCommittedGroups } from '../vendors/testing/sps-sim-admin'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators()
let t: TestApp
const cookies = { admin: '', helpdesk: '', auditor: '' }
type Role = keyof typeof cookies

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  for (const role of ['admin', 'helpdesk', 'auditor'] as const) cookies[role] = await t.signIn(role, `${role}-demo`)
}, 60_000)
afterAll(async () => {
  await t?.close()
})
beforeEach(async () => {
  await Promise.all([resetSimulator(sims.identity), resetSimulator(sims.gateway), resetSimulator(sims.sps)])
})

const call = (role: Role, method: string, path: string, body?: unknown) =>
  t.request(`/api/t/demo${path}`, { method, headers: { ...SAME_ORIGIN, cookie: cookies[role] }, body: body === undefined ? undefined : JSON.stringify(body) })

interface Person {
  identityId: string
  login: string
  swsId: string
  spsKey: string
}

/** A person in all three vendors: an active SWS user (so also an Identity user), given an SPS local user in two usergroups. */
async function personInAllVendors(position: number): Promise<Person> {
  const swsUsers = (await json(call('admin', 'GET', '/sws/users?pageSize=100'))) as { items: Array<{ id: string; username: string; status: string }> }
  const candidates = swsUsers.items.filter((user) => user.status === 'Activated' && /^[a-z]+\.[a-z]+\d+@/.test(user.username))
  const sws = candidates[position]
  if (!sws) throw new Error('no active SWS user to test with')
  const login = sws.username.split('@')[0] ?? ''
  const users = (await json(call('admin', 'GET', `/identity/users?q=${encodeURIComponent(login)}&pageSize=10`))) as { items: Array<{ id: string; username: string }> }
  const identity = users.items.find((user) => user.username.toLowerCase() === sws.username.toLowerCase())
  if (!identity) throw new Error(`no Identity user ${sws.username}`)
  let spsKey = ''
  await spsCommitAsAdmin(sims.sps, async (api) => {
    spsKey = await api.createLocalUser(login)
    await api.createUsergroup(`leaver-test-ops-${position}`, [spsKey])
    await api.createUsergroup(`leaver-test-dba-${position}`, [spsKey])
  })
  return { identityId: identity.id, login, swsId: sws.id, spsKey }
}

const swsStatus = async (id: string) => {
  const answer = (await simJson(sims.gateway, `/__sim/collections/users/${id}`)) as { status?: string; item?: { status: string } }
  return answer.item?.status ?? answer.status
}
const identityEnabled = async (id: string) => ((await json(call('admin', 'GET', `/identity/users/${id}`))) as { enabled: boolean }).enabled
const groupsWith = async (key: string) => (await spsCommittedGroups(sims.sps)).filter((group) => group.members.includes(key)).map((group) => group.name)
const leaverEntries = (identityId: string) =>
  t.db.selectFrom('audit_log').selectAll().where('action', '=', 'person.leaver').where('target', 'like', `%${identityId}%`).orderBy('seq', 'asc').execute()

describe('person footprint', () => {
  it('joins the Identity user to the SWS user, their sessions and the SPS local user, naming each rule', async () => {
    const person = await personInAllVendors(0)
    const footprint = (await json(call('admin', 'GET', `/people/${person.identityId}`))) as PersonFootprint
    expect(footprint.login).toBe(person.login)
    expect(footprint.swsUser).toMatchObject({ state: 'found', matchedOn: expect.stringContaining('SWS username'), items: [{ id: person.swsId, matchedField: 'login' }] })
    expect(['found', 'none']).toContain(footprint.swsSessions.state)
    expect(footprint.spsLocalUser.items).toEqual([{ key: person.spsKey, name: person.login, usergroups: expect.arrayContaining(['leaver-test-ops-0', 'leaver-test-dba-0']) }])
    expect(['found', 'none']).toContain(footprint.spsAuditedSessions.state)
  })

  it('shows a helpdesk operator only what their role may read', async () => {
    const person = await personInAllVendors(1)
    const footprint = (await json(call('helpdesk', 'GET', `/people/${person.identityId}`))) as PersonFootprint
    expect(footprint.swsUser.state).toBe('found')
    expect(footprint.swsSessions.state).toBe('forbidden')
    expect(footprint.spsLocalUser.state).toBe('forbidden')
    expect(footprint.spsAuditedSessions.state).toBe('forbidden')
    expect((await call('helpdesk', 'GET', `/people/${person.identityId}/leaver-plan`)).status).toBe(403)
    expect((await call('auditor', 'POST', `/people/${person.identityId}/leaver-runs`, { reason: 'CHG-1' })).status).toBe(403)
  })

  it('answers 404 for a person Identity does not know', async () => {
    expect((await call('admin', 'GET', '/people/0b7e3f52-9d1c-4b5a-8e2f-1c3d5e7f9a0b')).status).toBe(404)
  })
})

describe('leaver workflow', () => {
  it('plans, then disables, signs out, deactivates and removes from usergroups in one SPS commit, audited once', async () => {
    const person = await personInAllVendors(2)
    const plan = (await json(call('admin', 'GET', `/people/${person.identityId}/leaver-plan`))) as { steps: Array<{ id: string; state: string }> }
    expect(plan.steps.map((step) => [step.id, step.state])).toEqual([
      ['identity-disable', 'planned'],
      ['identity-sign-out', 'planned'],
      ['sws-deactivate', 'planned'],
      ['sps-remove-from-usergroups', 'planned'],
    ])
    // The plan changed nothing.
    expect(await identityEnabled(person.identityId)).toBe(true)

    const missingReason = await call('admin', 'POST', `/people/${person.identityId}/leaver-runs`, {})
    expect(missingReason.status).toBe(400)
    expect(await swsStatus(person.swsId)).toBe('Activated')

    const run = (await json(call('admin', 'POST', `/people/${person.identityId}/leaver-runs`, { reason: 'HR-42 left the company' }))) as LeaverRun
    expect(run.complete).toBe(true)
    expect(run.steps.every((step) => step.state === 'done')).toBe(true)
    expect(await identityEnabled(person.identityId)).toBe(false)
    expect(await swsStatus(person.swsId)).toBe('Deactivated')
    expect(await groupsWith(person.spsKey)).toEqual([])

    const entries = await leaverEntries(person.identityId)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ result: 'success', reason: 'HR-42 left the company', tenant_id: 'demo' })
    expect(JSON.stringify(entries[0]?.details)).toContain('sps-remove-from-usergroups')

    // Planned again, everything already shows as done.
    const after = (await json(call('admin', 'GET', `/people/${person.identityId}/leaver-plan`))) as { steps: Array<{ id: string; state: string }> }
    expect(after.steps.filter((step) => step.id !== 'identity-sign-out').every((step) => step.state === 'already-done')).toBe(true)
  })

  it('reports a failed SWS step in the vendor’s words, and a retry runs only that step', async () => {
    const person = await personInAllVendors(3)
    await addFaults(sims.gateway, { kind: 'server-error', status: 500, method: 'PUT', pathPrefix: '/v2-edge/sws/users/', times: 20 })
    const run = (await json(call('admin', 'POST', `/people/${person.identityId}/leaver-runs`, { reason: 'HR-43' }))) as LeaverRun
    expect(run.complete).toBe(false)
    expect(run.steps.find((step) => step.id === 'sws-deactivate')).toMatchObject({ state: 'failed', message: expect.stringContaining('Secure Web Sessions') })
    expect(run.steps.filter((step) => step.id !== 'sws-deactivate').every((step) => step.state === 'done')).toBe(true)
    expect(await swsStatus(person.swsId)).toBe('Activated')

    await simJson(sims.gateway, '/__sim/faults', { method: 'DELETE' })
    const signOutsBefore = await signOutCount()
    const retried = (await json(call('admin', 'POST', `/people/${person.identityId}/leaver-runs/${run.runId}/retry`, { reason: 'HR-43 retry' }))) as LeaverRun
    expect(retried).toMatchObject({ runId: run.runId, attempt: 2, complete: true })
    expect(await swsStatus(person.swsId)).toBe('Deactivated')
    // The other steps were not repeated.
    expect(await signOutCount()).toBe(signOutsBefore)
    const entries = await leaverEntries(person.identityId)
    expect(entries.map((entry) => entry.result)).toEqual(['failure', 'success'])
  })
})

async function signOutCount(): Promise<number> {
  const state = (await simJson(sims.identity, '/__sim/state')) as { requests?: { byRoute?: Record<string, number> } }
  return Object.entries(state.requests?.byRoute ?? {}).reduce((sum, [route, count]) => (/signouteverywhere/i.test(route) ? sum + count : sum), 0)
}
