import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp

beforeEach(async () => {
  t = await createTestApp({ GATEHOUSE_TRUST_PROXY: '1' })
})
afterEach(async () => {
  await t.close()
})

const attempt = (username: string, password: string, ip = '198.51.100.7') =>
  t.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { ...SAME_ORIGIN, 'x-forwarded-for': ip },
    body: JSON.stringify({ username, password }),
  })

describe('sign-in', () => {
  it('gives one message for a wrong password, an unknown user and a disabled operator', async () => {
    await t.db.updateTable('operators').set({ disabled: true }).where('username', '=', 'auditor').execute()
    const bodies = await Promise.all([
      json(attempt('admin', 'wrong')),
      json(attempt('no-such-operator', 'wrong')),
      json(attempt('auditor', 'auditor-demo')),
    ])
    for (const body of bodies) {
      expect(body).toEqual({ error: { code: 'invalid_credentials', message: 'The username or password is not correct.' } })
    }
  })

  it('rejects malformed input with field errors and changes nothing', async () => {
    const response = await attempt('', '')
    expect(response.status).toBe(400)
    const body = await json(response)
    expect(body.error.code).toBe('validation_failed')
    expect(body.error.details.fields).toEqual([
      { path: 'username', message: 'Enter your username' },
      { path: 'password', message: 'Enter your password' },
    ])
    expect(await t.db.selectFrom('sign_in_throttle').selectAll().execute()).toHaveLength(0)

    const notJson = await t.request('/api/auth/sign-in', { method: 'POST', headers: SAME_ORIGIN, body: '{not json' })
    expect(notJson.status).toBe(400)
    expect((await json(notJson)).error.code).toBe('validation_failed')
  })

  it('throttles a username from one address after 5 failures in a row, then lets it in again later', async () => {
    for (let i = 1; i <= 4; i++) expect((await attempt('helpdesk', `wrong-${i}`)).status).toBe(401)
    const fifth = await attempt('helpdesk', 'wrong-5')
    expect(fifth.status).toBe(429)
    expect(fifth.headers.get('retry-after')).toBe('900')
    expect((await json(fifth)).error.message).toMatch(/^Too many failed sign-in attempts .* Try again in 15 minutes\.$/)

    // Even the right password is refused while throttled…
    expect((await attempt('helpdesk', 'helpdesk-demo')).status).toBe(429)
    // …but not from another address, nor for another username from this one.
    expect((await attempt('helpdesk', 'helpdesk-demo', '198.51.100.8')).status).toBe(200)
    expect((await attempt('admin', 'admin-demo')).status).toBe(200)

    t.advance(15 * 60_000 + 1_000)
    expect((await attempt('helpdesk', 'helpdesk-demo')).status).toBe(200)
  })

  it('a success resets the run of failures', async () => {
    for (let i = 1; i <= 4; i++) await attempt('admin', `wrong-${i}`)
    expect((await attempt('admin', 'admin-demo')).status).toBe(200)
    for (let i = 1; i <= 4; i++) expect((await attempt('admin', `wrong-again-${i}`)).status).toBe(401)
  })
})
