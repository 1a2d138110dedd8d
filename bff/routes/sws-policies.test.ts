import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addFaults, collection } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
const sims = useSpawnedSimulators({ resetBeforeEach: 'gateway' })
let t: TestApp
let admin: string

interface SimPolicy {
  policyId: string
  name: string
  active: boolean
  defaultSecurityLayers: string[]
  configuration: Record<string, unknown>
  members: Array<{ id: string; name: string; securityLayers: string[] }>
}

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_DEMO_IDENTITY_URL: sims.identity, GATEHOUSE_DEMO_GATEWAY_URL: sims.gateway, GATEHOUSE_DEMO_SPS_URL: sims.sps })
  admin = await t.signIn('admin', 'admin-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const BASE = '/api/t/demo/sws/policies'
const get = (path: string, cookie = admin) => t.request(`${BASE}${path}`, { headers: { cookie } })
const put = (path: string, body: unknown, cookie = admin) =>
  t.request(`${BASE}${path}`, { method: 'PUT', headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify(body) })

const simPolicies = () => collection<SimPolicy>(sims.gateway, 'policies')
async function simPolicy(id: string): Promise<SimPolicy> {
  const found = (await simPolicies()).find((policy) => policy.policyId === id)
  if (!found) throw new Error(`no policy ${id}`)
  return found
}
const auditRows = (action: string) =>
  t.db.selectFrom('audit_log').select(['result', 'target', 'reason', 'details']).where('action', '=', action).orderBy('seq').execute()

describe('SWS policies (read)', () => {
  it('lists policies a page at a time with the vendor total, and searches', async () => {
    const page = await json(get('?pageSize=25&page=1'))
    expect(page).toMatchObject({ total: 24, page: 1, pageSize: 25 })
    expect(page.items).toHaveLength(24)
    expect(page.items[0]).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), name: expect.any(String), description: expect.anything(), appKey: expect.any(String), active: expect.any(Boolean) })
    const target = page.items[3]
    const found = await json(get(`?q=${encodeURIComponent(target.name.slice(0, 6))}`))
    expect(found.items.map((item: { id: string }) => item.id)).toContain(target.id)
    expect((await get('?page=0')).status).toBe(400)
    expect((await json(get('?page=500&pageSize=25'))).error.details.fields[0].path).toBe('page')
    expect((await json(get('?colour=red'))).error.details.fields[0].message).toContain('Unknown query parameter')
  })

  it('shows one policy with configuration, EPM, layers, rules, and its members page by page', async () => {
    const [first] = await simPolicies()
    const detail = await json(get(`/${first!.policyId}`))
    expect(detail.policy.id).toBe(first!.policyId)
    expect(Object.keys(detail.configuration).sort()).toEqual(
      [...Object.keys(first!.configuration)].sort(),
    )
    expect(detail.defaultSecurityLayers).toEqual(first!.defaultSecurityLayers)
    expect(detail.memberCount).toBe(first!.members.length)
    const members = await json(get(`/${first!.policyId}/members?pageSize=25`))
    expect(members.items.map((member: { id: string }) => member.id)).toEqual(first!.members.map((member) => member.id))
    expect((await get('/0000000000000000000000000000dead')).status).toBe(404)
    expect((await get('/bad%20id')).status).toBe(400)
  })

  it('refuses helpdesk and auditor', async () => {
    for (const [user, password] of [['helpdesk', 'helpdesk-demo'], ['auditor', 'auditor-demo']] as const) {
      const cookie = await t.signIn(user, password)
      const refused = await get('', cookie)
      expect(refused.status).toBe(403)
      expect((await json(refused)).error.details.permission).toBe('sws.policies.read')
      const write = await put('/x/status', { active: false }, cookie)
      expect(write.status).toBe(403)
    }
  })
})

describe('SWS policy changes', () => {
  it('deactivates and activates a policy, audited with the reason', async () => {
    const policy = (await simPolicies()).find((candidate) => candidate.active)!
    const response = await put(`/${policy.policyId}/status`, { active: false, reason: 'CHG-1 app retired' })
    expect(response.status).toBe(200)
    expect((await json(response)).policy.active).toBe(false)
    expect((await simPolicy(policy.policyId)).active).toBe(false)
    const [entry] = await auditRows('sws.policy.deactivate')
    expect(entry).toMatchObject({ result: 'success', reason: 'CHG-1 app retired', target: `policy ${policy.name} (${policy.policyId})` })
    expect(entry!.details).toMatchObject({ changes: [{ field: 'active', before: true, after: false }] })
  })

  it('changes the default layers, keeps the order the vendor documents, and refuses a stale view', async () => {
    const policy = (await simPolicies())[2]!
    const expected = policy.defaultSecurityLayers
    const wanted = expected.includes('SessionControl') ? ['SessionProtection'] : ['SessionControl', 'SessionProtection']
    const stale = await put(`/${policy.policyId}/default-security-layers`, { securityLayers: wanted, expected: ['StepRecording', 'ContinuousAuthentication', 'SessionControl', 'SessionProtection'].filter((l) => !expected.includes(l)).slice(0, 1) })
    expect(stale.status).toBe(409)
    expect((await simPolicy(policy.policyId)).defaultSecurityLayers).toEqual(expected)
    expect((await auditRows('sws.policy.update-layers')).at(-1)).toMatchObject({ result: 'failure' })

    const done = await put(`/${policy.policyId}/default-security-layers`, { securityLayers: wanted, expected, reason: 'CHG-2' })
    expect(done.status).toBe(200)
    const order = ['SessionProtection', 'ContinuousAuthentication', 'StepRecording', 'SessionControl']
    expect((await simPolicy(policy.policyId)).defaultSecurityLayers).toEqual(order.filter((layer) => wanted.includes(layer)))
    expect((await auditRows('sws.policy.update-layers')).at(-1)).toMatchObject({ result: 'success', reason: 'CHG-2' })

    const same = await put(`/${policy.policyId}/default-security-layers`, { securityLayers: wanted, expected: wanted })
    expect((await json(same)).error.details.fields[0].path).toBe('securityLayers')
    const junk = await put(`/${policy.policyId}/default-security-layers`, { securityLayers: ['Teleport'], expected: wanted })
    expect((await json(junk)).error.details.fields[0].path).toBe('securityLayers.0')
  })

  it("changes one member's layers and leaves the other members alone", async () => {
    const policy = (await simPolicies()).find((candidate) => candidate.members.length >= 2)!
    const [member, other] = policy.members
    const wanted = member!.securityLayers.includes('StepRecording') ? ['SessionProtection'] : ['SessionProtection', 'StepRecording']
    const response = await put(`/${policy.policyId}/members/${member!.id}/security-layers`, { securityLayers: wanted, expected: member!.securityLayers, reason: 'CHG-3' })
    expect(response.status, JSON.stringify(await response.clone().json())).toBe(200)
    const now = await simPolicy(policy.policyId)
    expect(now.members.find((m) => m.id === member!.id)!.securityLayers.sort()).toEqual([...wanted].sort())
    expect(now.members.find((m) => m.id === other!.id)!.securityLayers).toEqual(other!.securityLayers)
    expect((await auditRows('sws.policy.update-member-layers')).at(-1)).toMatchObject({ result: 'success', target: expect.stringContaining(member!.name) })
    expect((await put(`/${policy.policyId}/members/nobody/security-layers`, { securityLayers: wanted, expected: [] })).status).toBe(404)
  })

  it('changes only the configuration fields given and keeps the rest', async () => {
    const policy = (await simPolicies())[5]!
    const before = policy.configuration
    const url = 'https://new.example/reports/*'
    const response = await put(`/${policy.policyId}/configuration`, {
      changes: { watermarkEnabled: !before.watermarkEnabled, excludedURLs: [...(before.excludedURLs as string[]), url] },
      expected: { watermarkEnabled: before.watermarkEnabled, excludedURLs: before.excludedURLs },
      reason: 'CHG-4',
    })
    expect(response.status).toBe(200)
    const after = (await simPolicy(policy.policyId)).configuration
    expect(after).toEqual({ ...before, watermarkEnabled: !before.watermarkEnabled, excludedURLs: [...(before.excludedURLs as string[]), url] })
    const [entry] = await auditRows('sws.policy.update-config')
    expect((entry!.details as { changes: Array<{ field: string }> }).changes.map((change) => change.field)).toEqual(['watermarkEnabled', 'excludedURLs'])
  })

  it('refuses bad addresses field by field and sends nothing', async () => {
    const policy = (await simPolicies())[6]!
    const response = await put(`/${policy.policyId}/configuration`, {
      changes: { manualModeURLIncludeList: ['https://ok.example/a', 'not a url', 'javascript:alert(1)'] },
      expected: { manualModeURLIncludeList: policy.configuration.manualModeURLIncludeList },
    })
    expect(response.status).toBe(400)
    expect((await json(response)).error.details.fields.map((field: { path: string }) => field.path)).toEqual([
      'changes.manualModeURLIncludeList.1',
      'changes.manualModeURLIncludeList.2',
    ])
    expect((await simPolicy(policy.policyId)).configuration).toEqual(policy.configuration)
  })

  it('does not write twice when the vendor fails after taking the change', async () => {
    const policy = (await simPolicies()).find((candidate) => candidate.active)!
    await addFaults(sims.gateway, { kind: 'server-error', status: 502, method: 'PUT', pathPrefix: `/v2-edge/sws/policies/${policy.policyId}/status`, times: 1 })
    // The simulator's fault answers before the handler runs, so the write did not happen: the
    // check says so and the adapter tries again.
    const response = await put(`/${policy.policyId}/status`, { active: false })
    expect(response.status).toBe(200)
    expect((await simPolicy(policy.policyId)).active).toBe(false)
  })

  it('records a failure when the vendor refuses', async () => {
    const policy = (await simPolicies())[1]!
    await addFaults(sims.gateway, { kind: 'server-error', status: 500, method: 'PUT', pathPrefix: '/v2-edge/sws/policies/', times: 10 })
    const response = await put(`/${policy.policyId}/status`, { active: !policy.active, reason: 'CHG-5' })
    expect(response.status).toBeGreaterThanOrEqual(500)
    const entries = await auditRows(policy.active ? 'sws.policy.deactivate' : 'sws.policy.activate')
    expect(entries.at(-1)).toMatchObject({ result: 'failure', reason: 'CHG-5' })
  })
})
