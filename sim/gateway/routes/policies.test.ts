import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SwsPolicy } from '../data/sws-policies'
import { createGatewayTestKit } from '../test-support/gateway-test-kit'

const kit = createGatewayTestKit()
afterAll(() => kit.close())
let token = ''
beforeAll(async () => {
  token = await kit.token()
})
beforeEach(() => {
  kit.context.data.reset()
})

const SUMMARY_KEYS = ['policyId', 'name', 'description', 'appKey', 'active']
const JSON_TYPE = 'application/json'

interface PolicyList {
  policies: Record<string, unknown>[]
  totalCount: number
  lastUpdate: number
}

interface PolicyDetail {
  policy: Record<string, unknown>
  configuration: Record<string, unknown>
  epmStatus: { active: boolean }
  defaultSecurityLayers: string[]
  sessionControlRules: Record<string, unknown>[]
  members: { members: { id: string; name: string; type: string; securityLayers: string[] }[]; totalCount: number }
}

/** A policy with at least three members of more than one type (the seed has several). */
function policyWithMembers(): SwsPolicy {
  const policies = kit.context.data.policies.slice(0, 100)
  return policies.find((policy) => policy.members.length >= 3 && new Set(policy.members.map((m) => m.type)).size > 1)!
}

function put(path: string, body: unknown, contentType = JSON_TYPE): Promise<Response> {
  return kit.request('PUT', path, { token, body: typeof body === 'string' ? body : JSON.stringify(body), contentType })
}

describe('GET /v2-edge/sws/policies/', () => {
  it('lists policies with the documented fields, plus id (= policyId) for clients reading policies[0].id', async () => {
    const body = await kit.getJson<PolicyList>('/v2-edge/sws/policies/', token)
    expect(Object.keys(body)).toEqual(['policies', 'totalCount', 'lastUpdate'])
    expect(body.totalCount).toBe(kit.context.data.policies.size)
    expect(body.policies).toHaveLength(Math.min(100, body.totalCount))
    expect(body.lastUpdate).toBe(kit.context.dataNow)
    for (const policy of body.policies) {
      expect(Object.keys(policy)).toEqual([...SUMMARY_KEYS, 'id'])
      expect(policy.id).toBe(policy.policyId)
      expect(policy.policyId).toMatch(/^[0-9a-f]{32}$/)
      expect(typeof policy.active).toBe('boolean')
    }
  })

  it('pages with offset and limit, and finds by searchString (wildcards, any case)', async () => {
    const all = await kit.getJson<PolicyList>('/v2-edge/sws/policies?limit=1000', token)
    const page = await kit.getJson<PolicyList>('/v2-edge/sws/policies?offset=5&limit=3&isRefresh=true', token)
    expect(page.policies.map((p) => p.policyId)).toEqual(all.policies.slice(5, 8).map((p) => p.policyId))
    expect(page.totalCount).toBe(all.totalCount)
    const found = await kit.getJson<PolicyList>('/v2-edge/sws/policies?searchString=SALES*', token)
    expect(found.totalCount).toBeGreaterThan(0)
    for (const policy of found.policies) expect(`${String(policy.name)} ${String(policy.description)}`.toLowerCase()).toContain('sales')
  })

  it('refuses parameters of the wrong type', async () => {
    const response = await kit.request('GET', '/v2-edge/sws/policies?isRefresh=maybe', { token })
    expect(response.status).toBe(400)
    expect(((await response.json()) as { detail: string }).detail).toBe("Failed to convert 'isRefresh' with value: 'maybe'")
  })
})

describe('GET /v2-edge/sws/policies/{policyId}', () => {
  it('returns the policy with configuration, EPM status, default layers, rules and members', async () => {
    const stored = policyWithMembers()
    const body = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}`, token)
    expect(Object.keys(body)).toEqual(['policy', 'configuration', 'epmStatus', 'defaultSecurityLayers', 'sessionControlRules', 'members'])
    expect(Object.keys(body.policy)).toEqual(SUMMARY_KEYS)
    expect(Object.keys(body.configuration)).toEqual([
      'clipboardRestrictionEnabled', 'contextMenuRestrictionEnabled', 'downloadRestrictionEnabled', 'enforceEPM', 'watermarkEnabled',
      'watermarkIncludesUserData', 'enforcePedometerLock', 'manualModeURLIncludeList', 'appProtectionMode', 'excludedURLs',
    ])
    expect(body.members.totalCount).toBe(stored.members.length)
    expect(body.members.members.map((m) => m.id)).toEqual(stored.members.map((m) => m.id))
    for (const member of body.members.members) expect(Object.keys(member)).toEqual(['id', 'name', 'type', 'securityLayers'])
  })

  it('has session-control rules with the documented fields somewhere in the seed', async () => {
    const stored = kit.context.data.policies.slice(0, 100).find((policy) => policy.sessionControlRules.length > 0)!
    const body = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}`, token)
    expect(Object.keys(body.sessionControlRules[0]!)).toEqual([
      'id', 'name', 'actionType', 'createDatetime', 'createUsername', 'inputType', 'isActive', 'isEmailNotification',
      'isPushNotification', 'labelName', 'notificationEmail',
    ])
    expect(typeof body.sessionControlRules[0]!.createDatetime).toBe('number')
  })

  it('filters members by memberTypes, securityLayers and searchString, and pages them', async () => {
    const stored = policyWithMembers()
    const type = stored.members[0]!.type
    const byType = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}?memberTypes=${type}`, token)
    expect(byType.members.members.every((m) => m.type === type)).toBe(true)
    expect(byType.members.totalCount).toBe(stored.members.filter((m) => m.type === type).length)
    const layers = 'SessionProtection,%20StepRecording,ContinuousAuthentication,SessionControl,None'
    const all = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}?securityLayers=${layers}`, token)
    expect(all.members.totalCount).toBe(stored.members.length)
    const paged = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}?offset=1&limit=1`, token)
    expect(paged.members.members.map((m) => m.id)).toEqual([stored.members[1]!.id])
    const named = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}?searchString=${encodeURIComponent(stored.members[0]!.name)}`, token)
    expect(named.members.members.map((m) => m.id)).toContain(stored.members[0]!.id)
    const wrong = await kit.request('GET', `/v2-edge/sws/policies/${stored.policyId}?memberTypes=Robot`, { token })
    expect(wrong.status).toBe(400)
  })

  it('answers 404 problem JSON for an unknown policy', async () => {
    const response = await kit.request('GET', '/v2-edge/sws/policies/11ef0000000000000000000000000000', { token })
    expect(response.status).toBe(404)
    expect(await response.json()).toMatchObject({ type: 'about:blank', title: 'Not Found', status: 404, instance: '/v2-edge/sws/policies/11ef0000000000000000000000000000' })
  })
})

describe('PUT /v2-edge/sws/policies/{policyId}/…', () => {
  it('status: sets active, answers 200 with no body', async () => {
    const stored = kit.context.data.policies.at(2)!
    const response = await put(`/v2-edge/sws/policies/${stored.policyId}/status`, { active: !stored.active })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('')
    const body = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}`, token)
    expect(body.policy.active).toBe(!stored.active)
  })

  it('status: 415 problem JSON for a form body, as in the vendor example', async () => {
    const stored = kit.context.data.policies.at(2)!
    const path = `/v2-edge/sws/policies/${stored.policyId}/status`
    const response = await put(path, 'active=true', 'application/x-www-form-urlencoded;charset=UTF-8')
    expect(response.status).toBe(415)
    expect(await response.json()).toEqual({
      type: 'about:blank',
      title: 'Unsupported Media Type',
      status: 415,
      detail: "Content-Type 'application/x-www-form-urlencoded;charset=UTF-8' is not supported.",
      instance: path,
    })
  })

  it('status: 400 for a body that is not JSON or lacks active', async () => {
    const path = `/v2-edge/sws/policies/${kit.context.data.policies.at(2)!.policyId}/status`
    expect((await put(path, '{"active": tru')).status).toBe(400)
    expect((await put(path, {})).status).toBe(400)
    expect((await put(path, { active: 'yes' })).status).toBe(400)
  })

  it('member security layers: changes that member only', async () => {
    const stored = policyWithMembers()
    const [first, second] = stored.members
    const response = await put(`/v2-edge/sws/policies/${stored.policyId}/members/${first!.id}`, { securityLayers: ['SessionProtection', 'StepRecording'] })
    expect(response.status).toBe(200)
    const body = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}`, token)
    expect(body.members.members[0]!.securityLayers).toEqual(['SessionProtection', 'StepRecording'])
    expect(body.members.members[1]!.securityLayers).toEqual(second!.securityLayers)
    expect((await put(`/v2-edge/sws/policies/${stored.policyId}/members/nobody`, { securityLayers: [] })).status).toBe(404)
    expect((await put(`/v2-edge/sws/policies/${stored.policyId}/members/${first!.id}`, { securityLayers: ['Telepathy'] })).status).toBe(400)
  })

  it('default security layers and configuration', async () => {
    const stored = kit.context.data.policies.at(4)!
    const path = `/v2-edge/sws/policies/${stored.policyId}`
    expect((await put(`${path}/default-security-layers`, { securityLayers: ['SessionProtection', 'SessionControl'] })).status).toBe(200)
    const change = { watermarkEnabled: !stored.configuration.watermarkEnabled, manualModeURLIncludeList: ['online3.example.com'], someFutureKey: 1 }
    expect((await put(`${path}/configuration`, { policyConfiguration: change })).status).toBe(200)
    const body = await kit.getJson<PolicyDetail>(path, token)
    expect(body.defaultSecurityLayers).toEqual(['SessionProtection', 'SessionControl'])
    expect(body.configuration).toEqual({ ...stored.configuration, watermarkEnabled: change.watermarkEnabled, manualModeURLIncludeList: ['online3.example.com'] })
    expect((await put(`${path}/configuration`, { configuration: {} })).status).toBe(400)
    expect((await put(`${path}/configuration`, { policyConfiguration: { enforceEPM: 'no' } })).status).toBe(400)
  })

  it('a method the path does not have is 405 with Allow', async () => {
    const response = await kit.request('POST', '/v2-edge/sws/policies/', { token })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET')
    expect(((await response.json()) as { detail: string }).detail).toBe("Method 'POST' is not supported.")
  })

  it('/__sim/reset puts the seed back', async () => {
    const stored = kit.context.data.policies.at(2)!
    await put(`/v2-edge/sws/policies/${stored.policyId}/status`, { active: !stored.active })
    expect((await kit.request('POST', '/__sim/reset')).status).toBe(200)
    token = await kit.token()
    const body = await kit.getJson<PolicyDetail>(`/v2-edge/sws/policies/${stored.policyId}`, token)
    expect(body.policy.active).toBe(stored.active)
  })
})
