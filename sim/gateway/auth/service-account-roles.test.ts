import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createGatewayTestKit } from '../test-support/gateway-test-kit'

// Service-account roles: Administrator may do everything; Viewer only reads; Auditor only reads
// activities; an account without an SWS role may do nothing. Refusals are 403 problem JSON.

const kit = createGatewayTestKit()
afterAll(() => kit.close())

const policy = kit.context.data.policies.at(0)!
const user = kit.context.data.users.at(5)!
const session = kit.context.data.sessions.at(3)!

const READS = [
  '/v2-edge/sws/policies/',
  `/v2-edge/sws/policies/${policy.policyId}`,
  '/v2-edge/sws/users/',
  `/v2-edge/sws/users/${user.id}`,
  '/v2-edge/sws/recordings',
  `/v2-edge/sws/recordings/${session.id}`,
  '/v2-edge/sws/sessions',
  `/v2-edge/sws/sessions/${session.id}`,
  `/v2-edge/sws/sessions/${session.id}/steps`,
]
const ACTIVITIES = '/v2-edge/sws/activities?activityTypes=TenantLogin'

interface Write {
  readonly method: string
  readonly path: string
  readonly body: string
}
const WRITES: readonly Write[] = [
  { method: 'PUT', path: `/v2-edge/sws/policies/${policy.policyId}/status`, body: JSON.stringify({ active: policy.active }) },
  { method: 'PUT', path: `/v2-edge/sws/policies/${policy.policyId}/default-security-layers`, body: JSON.stringify({ securityLayers: policy.defaultSecurityLayers }) },
  { method: 'PUT', path: `/v2-edge/sws/policies/${policy.policyId}/configuration`, body: JSON.stringify({ policyConfiguration: policy.configuration }) },
  { method: 'PUT', path: `/v2-edge/sws/users/${user.id}/status`, body: JSON.stringify(user.status) },
  { method: 'DELETE', path: `/v2-edge/sws/users/${user.id}`, body: '' },
]

const tokens: Record<string, string> = {}
beforeAll(async () => {
  for (const clientId of ['demo-sws', 'demo-sws-viewer', 'demo-sws-auditor', 'demo-ra-only']) tokens[clientId] = await kit.token(clientId)
})

async function status(clientId: string, method: string, path: string, body = ''): Promise<number> {
  const response = await kit.request(method, path, { token: tokens[clientId], body: body || undefined, contentType: body ? 'application/json' : undefined })
  return response.status
}

async function expectForbidden(clientId: string, method: string, path: string, body = ''): Promise<void> {
  const response = await kit.request(method, path, { token: tokens[clientId], body: body || undefined, contentType: body ? 'application/json' : undefined })
  expect(response.status, `${clientId} ${method} ${path}`).toBe(403)
  expect(response.headers.get('content-type')).toBe('application/problem+json')
  expect(await response.json()).toEqual({ type: 'about:blank', title: 'Forbidden', status: 403, detail: 'Access Denied', instance: path.split('?')[0] })
}

describe('service-account roles', () => {
  it('Administrator reads and writes everything', async () => {
    for (const path of [...READS, ACTIVITIES]) expect(await status('demo-sws', 'GET', path), path).toBe(200)
    for (const write of WRITES) expect(await status('demo-sws', write.method, write.path, write.body), write.path).toBe(200)
    kit.context.reset()
    for (const clientId of Object.keys(tokens)) tokens[clientId] = await kit.token(clientId)
  })

  it('Viewer reads everything and changes nothing', async () => {
    for (const path of [...READS, ACTIVITIES]) expect(await status('demo-sws-viewer', 'GET', path), path).toBe(200)
    for (const write of WRITES) await expectForbidden('demo-sws-viewer', write.method, write.path, write.body)
    expect(kit.context.data.users.get(user.id)).toEqual(user)
  })

  it('Auditor reads activities only', async () => {
    expect(await status('demo-sws-auditor', 'GET', ACTIVITIES)).toBe(200)
    for (const path of READS) await expectForbidden('demo-sws-auditor', 'GET', path)
    for (const write of WRITES) await expectForbidden('demo-sws-auditor', write.method, write.path, write.body)
  })

  it('an account without an SWS role gets 403 everywhere', async () => {
    for (const path of [...READS, ACTIVITIES]) await expectForbidden('demo-ra-only', 'GET', path)
    for (const write of WRITES) await expectForbidden('demo-ra-only', write.method, write.path, write.body)
  })

  it('checks the token before anything else, the role before the request itself', async () => {
    expect(await status('demo-sws-viewer', 'PUT', `/v2-edge/sws/policies/${policy.policyId}/status`, 'not json')).toBe(403)
    expect((await kit.request('PUT', `/v2-edge/sws/policies/${policy.policyId}/status`, { body: 'x', contentType: 'text/plain' })).status).toBe(401)
    expect((await kit.request('GET', '/v2-edge/sws/no-such-thing')).status).toBe(401)
  })
})
