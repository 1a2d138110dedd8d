import { describe, expect, it } from 'vitest'
import { ADMIN, AUDITOR, basicAuthorization, createTestSps, SpsTestClient, type SpsErrorJson, type SpsMetaJson } from '../test-support/sps-test-client'

describe('SPS authentication (GET /api/authentication)', () => {
  it('answers Basic credentials with a meta and a 40-hex session_id cookie valid for 20 minutes', async () => {
    const { sim } = createTestSps()
    const response = await sim.app.request('/api/authentication', { headers: { authorization: basicAuthorization(ADMIN.username, ADMIN.password) } })
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ meta: { href: '/api/authentication', parent: '/api' } })
    const cookie = response.headers.getSetCookie().find((line) => line.startsWith('session_id=')) ?? ''
    expect(cookie).toMatch(/^session_id=[0-9a-f]{40}; /)
    expect(cookie).toContain('Max-Age=1200')
    expect(cookie).toMatch(/Expires=\w{3}, \d{2} \w{3} \d{4}/)
    expect(cookie).toContain('HttpOnly')
    expect(cookie).not.toContain('Secure')
  })

  it('marks the cookie Secure over HTTPS', async () => {
    const { sim } = createTestSps()
    const response = await sim.app.request('https://sps.example/api/authentication', { headers: { authorization: basicAuthorization(ADMIN.username, ADMIN.password) } })
    expect(response.headers.getSetCookie()[0]).toContain('Secure')
  })

  it('refuses wrong or missing credentials with 401 AuthenticationFailure', async () => {
    const { sim } = createTestSps()
    const client = new SpsTestClient(sim)
    for (const answer of [await client.authenticate('admin', 'wrong'), await client.authenticate('nobody', 'x'), await client.get<SpsErrorJson>('/api/authentication')]) {
      expect(answer.status).toBe(401)
      expect(answer.json).toMatchObject({
        error: { type: 'AuthenticationFailure', details: { path: '/api/authentication' } },
        meta: { href: '/api/authentication', parent: '/api' },
      })
      expect(answer.headers.get('set-cookie')).toBeNull()
    }
  })

  it('answers 401 Unauthenticated, with the requested path in details, without a live session', async () => {
    const { sim } = createTestSps()
    const client = new SpsTestClient(sim)
    const answer = await client.get<SpsErrorJson>('/api/configuration/aaa/acls')
    expect(answer.status).toBe(401)
    expect(answer.json).toEqual({
      error: { type: 'Unauthenticated', message: expect.any(String) as unknown, details: { path: '/api/configuration/aaa/acls' } },
      meta: { href: '/api/configuration/aaa/acls', parent: '/api/configuration/aaa' },
    })
    client.cookie = `session_id=${'0'.repeat(40)}`
    expect((await client.get('/api/info')).status).toBe(401)
  })

  it('ends a session after 20 idle minutes; each request renews it', async () => {
    const { signIn, clock } = createTestSps()
    const client = await signIn()
    clock.advanceSeconds(19 * 60)
    expect((await client.get('/api/info')).status).toBe(200)
    clock.advanceSeconds(19 * 60)
    const renewed = await client.get<SpsMetaJson>('/api/transaction')
    expect(renewed.status).toBe(200)
    expect(renewed.json.meta.remaining_seconds).toBe(1200)
    expect(renewed.headers.getSetCookie()[0]).toContain('Max-Age=1200')
    clock.advanceSeconds(20 * 60)
    expect((await client.get<SpsErrorJson>('/api/info')).json.error.type).toBe('Unauthenticated')
  })

  it('expires sessions with the framework tokens (/__sim/tokens/expire)', async () => {
    const { sim, signIn } = createTestSps()
    const client = await signIn()
    await sim.app.request('/__sim/tokens/expire', { method: 'POST' })
    expect((await client.get('/api/info')).status).toBe(401)
  })

  it('lets the read-only user read but answers 403 Unauthorized to its writes', async () => {
    const { signIn } = createTestSps()
    const auditor = await signIn(AUDITOR)
    expect((await auditor.get('/api/configuration/aaa/local_database/users')).status).toBe(200)
    expect((await auditor.get('/api/audit/sessions?limit=1')).status).toBe(200)
    const open = await auditor.openTransaction<SpsErrorJson>()
    expect(open.status).toBe(403)
    expect(open.json.error).toMatchObject({ type: 'Unauthorized', details: { path: '/api/transaction' } })
    const write = await auditor.post<SpsErrorJson>('/api/configuration/aaa/local_database/groups', { name: 'x', members: [] })
    expect(write.status).toBe(403)
    expect(write.json.error.type).toBe('Unauthorized')
  })

  it('answers 403 to a user whose groups grant nothing on the endpoint', async () => {
    const { sim, signIn } = createTestSps()
    const admin = await signIn()
    // A local user in no group at all.
    await admin.openTransaction()
    const password = await admin.post<{ key: string }>('/api/configuration/passwords', { plain: 'guest-pass' })
    await admin.post('/api/configuration/aaa/local_database/users', { name: 'guest', password: password.json.key })
    await admin.commit()
    const guest = new SpsTestClient(sim)
    expect((await guest.authenticate('guest', 'guest-pass')).status).toBe(200)
    expect((await guest.get<SpsErrorJson>('/api/configuration/aaa/acls')).json.error.type).toBe('Unauthorized')
    expect((await guest.get('/api/audit/sessions')).status).toBe(403)
    expect((await guest.get('/api/info')).status).toBe(200)
  })

  it('serves no logout: other methods on /api/authentication are not allowed', async () => {
    const { signIn } = createTestSps()
    const client = await signIn()
    const answer = await client.delete<SpsErrorJson>('/api/authentication')
    expect(answer.status).toBe(405)
    expect(answer.headers.get('allow')).toBe('GET')
  })
})
