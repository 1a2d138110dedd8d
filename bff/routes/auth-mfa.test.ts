import { afterEach, describe, expect, it } from 'vitest'
import { currentTotp } from '../security/totp'
import { cookieFrom, createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp

afterEach(async () => {
  await t?.close()
})

const post = (path: string, body: unknown, cookie = '') =>
  t.request(path, { method: 'POST', headers: { ...SAME_ORIGIN, cookie }, body: JSON.stringify(body) })

/** Enrols TOTP for a signed-in operator; returns the secret and recovery codes. */
async function enrol(cookie: string, username: string) {
  const enrolment = await json(post('/api/auth/mfa/enrolment', {}, cookie))
  expect(enrolment.qrCodeDataUrl).toMatch(/^data:image\/png;base64,/)
  expect(enrolment.otpauthUri).toContain(`Gatehouse:${username}`)
  const wrong = await post('/api/auth/mfa/enrolment/confirm', { code: '000000' }, cookie)
  expect(wrong.status).toBe(401)
  const confirmed = await post('/api/auth/mfa/enrolment/confirm', { code: currentTotp(username, enrolment.secret, t.deps.now()) }, cookie)
  expect(confirmed.status).toBe(200)
  const { recoveryCodes } = await json(confirmed)
  return { secret: enrolment.secret as string, recoveryCodes: recoveryCodes as string[] }
}

describe('operator MFA', () => {
  it('enrols with a verified code, then asks for a code at sign-in', async () => {
    t = await createTestApp()
    const cookie = await t.signIn('helpdesk', 'helpdesk-demo')
    const { secret, recoveryCodes } = await enrol(cookie, 'helpdesk')
    expect(recoveryCodes).toHaveLength(10)
    expect(new Set(recoveryCodes).size).toBe(10)

    const stored = await t.db.selectFrom('operators').select(['totp_secret_sealed']).where('username', '=', 'helpdesk').executeTakeFirstOrThrow()
    expect(stored.totp_secret_sealed).not.toContain(secret)

    const passwordStep = await post('/api/auth/sign-in', { username: 'helpdesk', password: 'helpdesk-demo' })
    expect(await json(passwordStep)).toEqual({ status: 'mfa-required' })
    const challenge = cookieFrom(passwordStep)
    expect(challenge).toMatch(/^gatehouse_mfa=/)
    // The password alone is not a session.
    expect((await json(t.request('/api/auth/session', { headers: { cookie: challenge } }))).session).toBeNull()

    expect((await post('/api/auth/sign-in/mfa', { code: '123456' }, challenge)).status).toBe(401)
    t.advance(30_000)
    const codeStep = await post('/api/auth/sign-in/mfa', { code: currentTotp('helpdesk', secret, t.deps.now()) }, challenge)
    expect(codeStep.status).toBe(200)
    const body = await json(codeStep)
    expect(body.status).toBe('signed-in')
    expect(body.session.mfaEnabled).toBe(true)
    expect(cookieFrom(codeStep)).toMatch(/^gatehouse_session=/)
  })

  it('refuses a code used once already, and accepts each recovery code only once', async () => {
    t = await createTestApp()
    const { secret, recoveryCodes } = await enrol(await t.signIn('auditor', 'auditor-demo'), 'auditor')
    const challengeFor = async () => cookieFrom(await post('/api/auth/sign-in', { username: 'auditor', password: 'auditor-demo' }))

    // The code that confirmed enrolment cannot sign in within the same time step.
    expect((await post('/api/auth/sign-in/mfa', { code: currentTotp('auditor', secret, t.deps.now()) }, await challengeFor())).status).toBe(401)

    const recovery = recoveryCodes[0] ?? ''
    expect((await post('/api/auth/sign-in/mfa', { code: recovery.toUpperCase() }, await challengeFor())).status).toBe(200)
    expect((await post('/api/auth/sign-in/mfa', { code: recovery }, await challengeFor())).status).toBe(401)
  })

  it('ends a challenge after five wrong codes', async () => {
    t = await createTestApp()
    const { secret } = await enrol(await t.signIn('auditor', 'auditor-demo'), 'auditor')
    const challenge = cookieFrom(await post('/api/auth/sign-in', { username: 'auditor', password: 'auditor-demo' }))
    for (let i = 0; i < 4; i++) expect((await post('/api/auth/sign-in/mfa', { code: '111111' }, challenge)).status).toBe(401)
    const fifth = await post('/api/auth/sign-in/mfa', { code: '111111' }, challenge)
    expect((await json(fifth)).error.code).toBe('mfa_challenge_expired')
    t.advance(30_000)
    const late = await post('/api/auth/sign-in/mfa', { code: currentTotp('auditor', secret, t.deps.now()) }, challenge)
    expect((await json(late)).error.code).toBe('mfa_challenge_expired')
  })

  it('outside demo mode, an admin without MFA can only enrol', async () => {
    t = await createTestApp({ GATEHOUSE_DEMO: '0', GATEHOUSE_ADMIN_PASSWORD: 'first-admin-password' })
    const cookie = await t.signIn('admin', 'first-admin-password')
    const session = (await json(t.request('/api/auth/session', { headers: { cookie } }))).session
    expect(session.mfaEnrolmentRequired).toBe(true)
    const blocked = await t.request('/api/console/operators', { headers: { cookie } })
    expect(blocked.status).toBe(403)
    expect((await json(blocked)).error.code).toBe('mfa_enrolment_required')

    await enrol(cookie, 'admin')
    expect((await t.request('/api/console/operators', { headers: { cookie } })).status).toBe(200)
    const off = await t.request('/api/auth/mfa', { method: 'DELETE', headers: { ...SAME_ORIGIN, cookie } })
    expect((await json(off)).error.code).toBe('mfa_required_for_admins')
  })
})

describe('re-authentication', () => {
  it('asks again for the password before a sensitive action once the window has passed', async () => {
    t = await createTestApp({ GATEHOUSE_REAUTH_SECONDS: '60' })
    const cookie = await t.signIn('admin', 'admin-demo')
    const create = () =>
      post('/api/console/operators', { username: 'late-one', displayName: 'Late', password: 'long enough password', grants: [] }, cookie)
    t.advance(61_000)
    const refused = await create()
    expect(refused.status).toBe(403)
    expect((await json(refused)).error.code).toBe('reauth_required')
    expect(await t.db.selectFrom('operators').select('id').where('username', '=', 'late-one').execute()).toEqual([])

    expect((await post('/api/auth/reauth', { password: 'wrong' }, cookie)).status).toBe(401)
    expect((await post('/api/auth/reauth', {}, cookie)).status).toBe(400)
    expect((await post('/api/auth/reauth', { password: 'admin-demo' }, cookie)).status).toBe(204)
    expect((await create()).status).toBe(201)

    const actions = await t.db.selectFrom('audit_log').select(['action', 'result']).where('action', '=', 'auth.reauth').orderBy('seq').execute()
    expect(actions).toEqual([
      { action: 'auth.reauth', result: 'failure' },
      { action: 'auth.reauth', result: 'success' },
    ])
  })
})
