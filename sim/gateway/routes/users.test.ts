import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
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

interface UserList {
  users: Record<string, unknown>[]
  totalCount: number
}

describe('GET /v2-edge/sws/users/', () => {
  it('lists users with the documented fields (fullname, epoch-ms lastLogin)', async () => {
    const body = await kit.getJson<UserList>('/v2-edge/sws/users/', token)
    expect(Object.keys(body)).toEqual(['users', 'totalCount'])
    expect(body.totalCount).toBe(kit.context.data.users.size)
    for (const user of body.users) {
      expect(Object.keys(user)).toEqual(['id', 'username', 'fullname', 'phoneNumber', 'phoneModel', 'invitedBy', 'lastLogin', 'role', 'status', 'appVersion'])
      expect(user.id).toMatch(/^[0-9a-f]{32}$/)
      expect(['TenantAdmin', 'VendorManager', 'User']).toContain(user.role)
      expect(['Activated', 'Deactivated']).toContain(user.status)
      if (user.lastLogin !== null) expect(Number.isInteger(user.lastLogin)).toBe(true)
    }
  })

  it('finds users by name with wildcards, and pages', async () => {
    const stored = kit.context.data.users.at(10)!
    const pattern = `${stored.lastName.slice(0, 3)}*`
    const found = await kit.getJson<UserList>(`/v2-edge/sws/users?name=${encodeURIComponent(pattern)}`, token)
    expect(found.users.map((user) => user.id)).toContain(stored.id)
    const page = await kit.getJson<UserList>('/v2-edge/sws/users?offset=70&limit=5', token)
    expect(page.users).toHaveLength(5)
    expect(page.users[0]!.id).toBe(kit.context.data.users.at(70)!.id)
  })
})

describe('GET, PUT status and DELETE /v2-edge/sws/users/{userId}', () => {
  it('gets one user with the documented fields', async () => {
    const stored = kit.context.data.users.at(3)!
    const user = await kit.getJson<Record<string, unknown>>(`/v2-edge/sws/users/${stored.id}`, token)
    expect(Object.keys(user)).toEqual(['id', 'invitedBy', 'username', 'firstName', 'lastName', 'phoneNumber', 'phoneModel', 'phoneOS', 'role', 'status', 'lastLogin', 'appVersion'])
    expect(user).toEqual(stored)
  })

  it('sets the status from a bare JSON string and answers ""', async () => {
    const stored = kit.context.data.users.at(3)!
    const next = stored.status === 'Activated' ? 'Deactivated' : 'Activated'
    const response = await kit.request('PUT', `/v2-edge/sws/users/${stored.id}/status`, { token, body: JSON.stringify(next), contentType: 'application/json' })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(await response.text()).toBe('""')
    expect((await kit.getJson<{ status: string }>(`/v2-edge/sws/users/${stored.id}`, token)).status).toBe(next)
  })

  it('refuses an unknown status (400) and a text body (415)', async () => {
    const path = `/v2-edge/sws/users/${kit.context.data.users.at(3)!.id}/status`
    expect((await kit.request('PUT', path, { token, body: '"Suspended"', contentType: 'application/json' })).status).toBe(400)
    expect((await kit.request('PUT', path, { token, body: '{"status":"Activated"}', contentType: 'application/json' })).status).toBe(400)
    const text = await kit.request('PUT', path, { token, body: 'Activated', contentType: 'text/plain' })
    expect(text.status).toBe(415)
    expect(text.headers.get('accept')).toBe('application/json, application/*+json')
  })

  it('deletes from the SWS tenant (answers ""), after which the user is gone', async () => {
    const stored = kit.context.data.users.at(7)!
    const response = await kit.request('DELETE', `/v2-edge/sws/users/${stored.id}`, { token, body: '"Activated"', contentType: 'application/json' })
    expect(response.status).toBe(200)
    expect(await response.text()).toBe('""')
    expect((await kit.request('GET', `/v2-edge/sws/users/${stored.id}`, { token })).status).toBe(404)
    expect((await kit.request('DELETE', `/v2-edge/sws/users/${stored.id}`, { token })).status).toBe(404)
    const list = await kit.getJson<UserList>('/v2-edge/sws/users?limit=1000', token)
    expect(list.totalCount).toBe(kit.context.data.users.size)
    expect(list.users.map((user) => user.id)).not.toContain(stored.id)
  })
})
