import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { cookieFrom, createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp

beforeEach(async () => {
  t = await createTestApp()
})
afterEach(async () => {
  await t.close()
})

const MINUTE = 60_000
const sessionOf = async (cookie: string) => (await json(t.request('/api/auth/session', { headers: { cookie } }))).session

describe('sessions', () => {
  it('sets an HttpOnly, SameSite=Strict cookie with a plain name over HTTP', async () => {
    const response = await t.request('/api/auth/sign-in', {
      method: 'POST',
      headers: SAME_ORIGIN,
      body: JSON.stringify({ username: 'admin', password: 'admin-demo' }),
    })
    expect(response.status).toBe(200)
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^gatehouse_session=[A-Za-z0-9_-]{43};/)
    expect(setCookie).toContain('HttpOnly')
    expect(setCookie).toContain('SameSite=Strict')
    expect(setCookie).not.toContain('Secure')
    const body = await json(response)
    expect(body.status).toBe('signed-in')
    expect(body.session.operator.username).toBe('admin')
    expect(body.session.operator.grants).toEqual([{ role: 'admin', tenantId: null }])
  })

  it('uses a __Host- prefixed Secure cookie when a trusted proxy says the browser used HTTPS', async () => {
    await t.close()
    t = await createTestApp({ GATEHOUSE_TRUST_PROXY: '1', PUBLIC_ORIGIN: 'https://console.example' })
    const response = await t.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, 'x-forwarded-proto': 'https', 'x-forwarded-for': '203.0.113.9' },
      body: JSON.stringify({ username: 'admin', password: 'admin-demo' }),
    })
    const setCookie = response.headers.get('set-cookie') ?? ''
    expect(setCookie).toMatch(/^__Host-gatehouse_session=/)
    expect(setCookie).toContain('Secure')
    expect(setCookie).toContain('Path=/')
    expect(setCookie).not.toContain('Domain')
  })

  it('stores only a hash of the session token', async () => {
    const cookie = await t.signIn('admin', 'admin-demo')
    const token = cookie.split('=')[1] ?? ''
    const rows = await t.db.selectFrom('sessions').select('id_hash').execute()
    expect(rows).toHaveLength(1)
    expect(rows[0]?.id_hash).not.toContain(token)
  })

  it('rotates the session id at sign-in and ends the old one', async () => {
    const first = await t.signIn('admin', 'admin-demo')
    const response = await t.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, cookie: first },
      body: JSON.stringify({ username: 'helpdesk', password: 'helpdesk-demo' }),
    })
    const second = cookieFrom(response)
    expect(second).not.toBe(first)
    expect(await sessionOf(first)).toBeNull()
    expect((await sessionOf(second)).operator.username).toBe('helpdesk')
  })

  it('ends after 30 idle minutes, and activity keeps it alive', async () => {
    const cookie = await t.signIn('admin', 'admin-demo')
    t.advance(20 * MINUTE)
    expect(await sessionOf(cookie)).not.toBeNull()
    t.advance(20 * MINUTE)
    expect(await sessionOf(cookie)).not.toBeNull()
    t.advance(31 * MINUTE)
    expect(await sessionOf(cookie)).toBeNull()
    expect((await t.request('/api/tenants', { headers: { cookie } })).status).toBe(401)
  })

  it('ends after 8 hours however active it is', async () => {
    const cookie = await t.signIn('admin', 'admin-demo')
    // Active every 25 minutes (inside the idle limit) for 475 minutes…
    for (let elapsed = 25; elapsed <= 475; elapsed += 25) {
      t.advance(25 * MINUTE)
      expect(await sessionOf(cookie), `after ${elapsed} minutes`).not.toBeNull()
    }
    // …and still refused once 8 hours have passed since sign-in.
    t.advance(6 * MINUTE)
    expect(await sessionOf(cookie)).toBeNull()
  })

  it('sign-out invalidates the session on the server, not just the cookie', async () => {
    const cookie = await t.signIn('auditor', 'auditor-demo')
    const response = await t.request('/api/auth/sign-out', { method: 'POST', headers: { ...SAME_ORIGIN, cookie } })
    expect(response.status).toBe(204)
    expect(response.headers.get('set-cookie')).toMatch(/gatehouse_session=;.*Max-Age=0/)
    expect(await sessionOf(cookie)).toBeNull()
    expect(await t.db.selectFrom('sessions').selectAll().execute()).toHaveLength(0)
  })

  it('answers 401 with the console error shape to a protected call without a session', async () => {
    const response = await t.request('/api/tenants')
    expect(response.status).toBe(401)
    expect(await json(response)).toEqual({
      error: { code: 'unauthenticated', message: 'You are not signed in, or your session has ended. Sign in again.' },
    })
  })
})
