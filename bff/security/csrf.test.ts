import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, TEST_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let cookie: string

beforeAll(async () => {
  t = await createTestApp()
  cookie = await t.signIn('admin', 'admin-demo')
})
afterAll(async () => {
  await t.close()
})

const signOut = (headers: Record<string, string>) => t.request('/api/auth/sign-out', { method: 'POST', headers: { cookie, ...headers } })

describe('CSRF protection on state-changing requests', () => {
  it('refuses a cross-site POST even with the custom header', async () => {
    const response = await signOut({ 'x-gatehouse-csrf': '1', 'sec-fetch-site': 'cross-site', origin: 'https://evil.example' })
    expect(response.status).toBe(403)
    expect((await json(response)).error.code).toBe('csrf_rejected')
  })

  it('refuses a same-site (other subdomain) POST', async () => {
    expect((await signOut({ 'x-gatehouse-csrf': '1', 'sec-fetch-site': 'same-site' })).status).toBe(403)
  })

  it('refuses a POST without the custom header, as a form post would be', async () => {
    expect((await signOut({ 'sec-fetch-site': 'same-origin', 'content-type': 'application/x-www-form-urlencoded' })).status).toBe(403)
  })

  it('without Sec-Fetch-Site, needs an exact Origin match', async () => {
    expect((await signOut({ 'x-gatehouse-csrf': '1' })).status).toBe(403)
    expect((await signOut({ 'x-gatehouse-csrf': '1', origin: `${TEST_ORIGIN}.evil.example` })).status).toBe(403)
    expect((await signOut({ 'x-gatehouse-csrf': '1', origin: 'null' })).status).toBe(403)
  })

  it('a refused request changes nothing: the session is still alive', async () => {
    const session = await json(t.request('/api/auth/session', { headers: { cookie } }))
    expect(session.session.operator.username).toBe('admin')
  })

  it('lets a same-origin request through', async () => {
    expect((await signOut({ 'x-gatehouse-csrf': '1', origin: TEST_ORIGIN })).status).toBe(204)
  })

  it('does not check safe methods', async () => {
    expect((await t.request('/api/health')).status).toBe(200)
  })
})
