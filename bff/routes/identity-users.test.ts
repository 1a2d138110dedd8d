import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { collection, simJson } from '../vendors/testing/sim-control'
import { useSpawnedSimulators } from '../vendors/testing/use-spawned-simulators'

// The users API end to end: console → BFF → Identity adapter → spawned simulator, outcomes
// checked in what the simulator now holds.

const sims = useSpawnedSimulators({ resetBeforeEach: 'identity' })

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string
let helpdesk: string
let auditor: string

beforeAll(async () => {
  t = await createTestApp({
    GATEHOUSE_DEMO_IDENTITY_URL: sims.identity,
    GATEHOUSE_REAUTH_SECONDS: '600',
  })
  admin = await t.signIn('admin', 'admin-demo')
  helpdesk = await t.signIn('helpdesk', 'helpdesk-demo')
  auditor = await t.signIn('auditor', 'auditor-demo')
}, 60_000)
afterAll(async () => {
  await t?.close()
})

const BASE = '/api/t/demo/identity/users'
const get = (path: string, cookie = admin) => t.request(`${BASE}${path}`, { headers: { cookie } })
const send = (method: string, path: string, body: unknown, cookie = admin) =>
  t.request(`${BASE}${path}`, {
    method,
    headers: { ...SAME_ORIGIN, cookie },
    body: JSON.stringify(body),
  })

interface SimUser {
  Uuid: string
  Name: string
  LockedByAdmin: boolean
  State: string
  internal: {
    failedSignIns: number
    mfaExemptUntil: number | null
    extData: Record<string, unknown>
  }
}
const simUser = async (id: string) => (await simJson(sims.identity, `/__sim/collections/users/${id}`)) as SimUser
const identityCall = async (path: string, args: Record<string, unknown>) => {
  const token = (await (
    await fetch(`${sims.identity}/oauth2/platformtoken`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=demo-service%40gatehouse.sim&client_secret=demo-secret',
    })
  ).json()) as { access_token: string }
  const response = await fetch(`${sims.identity}${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token.access_token}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(args),
  })
  return ((await response.json()) as { Result: unknown }).Result
}
const auditEntries = (action: string) => t.db.selectFrom('audit_log').selectAll().where('action', '=', action).execute()

describe('users list', () => {
  it('pages the directory on the server with a total, and sorts', async () => {
    const page = await json(get('?pageSize=10&page=2&sort=-username'))
    expect(page).toMatchObject({ page: 2, pageSize: 10, total: 300 })
    expect(page.items).toHaveLength(10)
    expect(page.items[0]).toEqual(
      expect.objectContaining({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        username: expect.any(String),
        displayName: expect.any(String),
        locked: expect.any(Boolean),
        enabled: expect.any(Boolean),
      }),
    )
    const names = page.items.map((user: { username: string }) => user.username.toLowerCase())
    expect([...names].sort().reverse()).toEqual(names)
  })

  it('searches login, display name and e-mail from their start, and filters on state', async () => {
    const anyone = (await json(get('?pageSize=10'))).items[3]
    const found = await json(get(`?q=${encodeURIComponent(anyone.username.slice(0, 6))}`))
    expect(found.items.map((user: { id: string }) => user.id)).toContain(anyone.id)
    expect((await json(get(`?q=${anyone.id}`))).items).toEqual([anyone])

    const locked = await json(get('?locked=true&pageSize=100'))
    expect(locked.total).toBeGreaterThan(0)
    expect(locked.items.every((user: { locked: boolean }) => user.locked)).toBe(true)
    const suspended = await json(get('?status=Suspended&pageSize=100'))
    expect(suspended.items.every((user: { status: string; enabled: boolean }) => user.status === 'Suspended' && !user.enabled)).toBe(true)
  })

  it('refuses unknown parameters and bad values with the field named', async () => {
    const response = await get('?pageSize=7&colour=red')
    expect(response.status).toBe(400)
    const paths = (await json(response)).error.details.fields.map((field: { path: string }) => field.path)
    expect(paths).toEqual(expect.arrayContaining(['pageSize']))
    expect((await get('/not-a-uuid')).status).toBe(400)
  })

  it('answers 404 for a user Identity does not know (not a vendor fault)', async () => {
    const response = await get('/0b7e3f52-9d1c-4b5a-8e2f-1c3d5e7f9a0b')
    expect(response.status).toBe(404)
    expect((await json(response)).error.code).toBe('not_found')
  })

  it('reads lock-out by policy and risk for one row', async () => {
    const user = (await json(get('?pageSize=10'))).items[0]
    expect(await json(get(`/${user.id}/signals`))).toEqual({
      id: user.id,
      lockedOutByPolicy: expect.any(Boolean),
      riskLevel: expect.toBeOneOf([null, 'Low', 'Medium', 'High']),
    })
  })
})

describe('helpdesk', () => {
  it('finds a locked user and unlocks them: the simulator says they are no longer locked', async () => {
    const locked = (await json(get('?locked=true&pageSize=10', helpdesk))).items[0]
    await identityCall('/UserMgmt/SetCloudLock', {
      user: locked.id,
      lockUser: true,
    })
    expect(await identityCall('/UserMgmt/IsUserCloudLocked', { user: locked.id })).toBe(true)

    const response = await send('POST', `/${locked.id}/unlock`, { reason: 'INC-1 forgot password' }, helpdesk)
    expect(response.status).toBe(200)
    expect((await json(response)).user).toMatchObject({
      id: locked.id,
      locked: false,
    })
    expect(await identityCall('/UserMgmt/IsUserCloudLocked', { user: locked.id })).toBe(false)
    expect((await simUser(locked.id)).State).not.toContain('Locked')
    const [entry] = await auditEntries('identity.user.unlock')
    expect(entry).toMatchObject({
      result: 'success',
      reason: 'INC-1 forgot password',
      tenant_id: 'demo',
      target: `user ${locked.username} (${locked.id})`,
    })
  })

  it('ends a lock-out by policy when unlocking', async () => {
    const page = await json(get('?pageSize=100', helpdesk))
    let lockedOut: { id: string } | undefined
    for (const user of page.items) {
      if ((await json(get(`/${user.id}/signals`, helpdesk))).lockedOutByPolicy) {
        lockedOut = user
        break
      }
    }
    expect(lockedOut).toBeDefined()
    const id = (lockedOut as { id: string }).id
    expect((await send('POST', `/${id}/unlock`, {}, helpdesk)).status).toBe(200)
    expect(await identityCall('/UserMgmt/IsUserLockedOutByPolicy', { user: id })).toBe(false)
  })

  it('locks, resets a password (shown once, never audited), signs out everywhere, exempts from MFA and invites', async () => {
    const user = (await json(get('?status=Active&pageSize=50', helpdesk))).items.find((candidate: { email: string | null }) => candidate.email)
    expect((await json(send('POST', `/${user.id}/lock`, { reason: 'INC-2' }, helpdesk))).user.locked).toBe(true)
    expect((await simUser(user.id)).LockedByAdmin).toBe(true)

    const reset = await json(send('POST', `/${user.id}/reset-password`, { mode: 'generate', reason: 'INC-2' }, helpdesk))
    expect(reset.password).toMatch(/^\S{20}$/)
    const audits = await auditEntries('identity.user.reset-password')
    expect(JSON.stringify(audits)).not.toContain(reset.password)
    expect(audits[0]).toMatchObject({ result: 'success' })

    expect((await send('POST', `/${user.id}/sign-out-everywhere`, { reason: 'INC-2' }, helpdesk)).status).toBe(200)

    const noReason = await send('POST', `/${user.id}/mfa-exemption`, { minutes: 60 }, helpdesk)
    expect(noReason.status).toBe(400)
    expect((await json(noReason)).error.details.fields[0].path).toBe('reason')
    expect((await send('POST', `/${user.id}/mfa-exemption`, { minutes: 99999, reason: 'INC-3 lost phone' }, helpdesk)).status).toBe(400)
    expect((await simUser(user.id)).internal.mfaExemptUntil).toBeNull()
    const exempt = await json(send('POST', `/${user.id}/mfa-exemption`, { minutes: 60, reason: 'INC-3 lost phone' }, helpdesk))
    expect((await simUser(user.id)).internal.mfaExemptUntil).toBeGreaterThan(Date.now() + 59 * 60_000)
    expect(Date.parse(exempt.until)).toBeGreaterThan(Date.now() + 59 * 60_000)

    expect((await send('POST', `/${user.id}/invite`, { channel: 'invitation-email', reason: 'INC-4' }, helpdesk)).status).toBe(200)
    const outbox = await collection<{
      userUuid: string
      kind: string
      channel: string
    }>(sims.identity, 'outbox')
    expect(outbox).toContainEqual(
      expect.objectContaining({
        userUuid: user.id,
        kind: 'Invitation',
        channel: 'Email',
      }),
    )
  })

  it('cannot delete, create, edit or change state', async () => {
    const user = (await json(get('?pageSize=10', helpdesk))).items[0]
    expect((await send('DELETE', `/${user.id}`, { reason: 'not allowed' }, helpdesk)).status).toBe(403)
    expect((await send('POST', '', { username: 'x@gatehouse.sim' }, helpdesk)).status).toBe(403)
    expect((await send('POST', `/${user.id}/disable`, {}, helpdesk)).status).toBe(403)
    expect((await send('PUT', `/${user.id}/profile`, {}, helpdesk)).status).toBe(403)
    expect(await simUser(user.id)).toBeTruthy()
  })
})

describe('auditor', () => {
  it('reads users and gets 403 on every change', async () => {
    const user = (await json(get('?pageSize=10', auditor))).items[0]
    expect((await get(`/${user.id}`, auditor)).status).toBe(200)
    for (const [method, path, body] of [
      ['POST', `/${user.id}/lock`, {}],
      ['POST', `/${user.id}/unlock`, {}],
      ['POST', `/${user.id}/reset-password`, { mode: 'generate' }],
      ['POST', `/${user.id}/mfa-exemption`, { minutes: 10, reason: 'nope' }],
      ['POST', `/${user.id}/invite`, { channel: 'login-email' }],
      ['DELETE', `/${user.id}`, { reason: 'nope' }],
    ] as const) {
      expect((await send(method, path, body, auditor)).status, `${method} ${path}`).toBe(403)
    }
    expect((await simUser(user.id)).LockedByAdmin).toBe(false)
  })
})

describe('admin', () => {
  it('creates a user after checking every field, edits, disables, enables and deletes them', async () => {
    const bad = await send('POST', '', {
      username: 'no-at-sign',
      displayName: '',
      email: 'not mail',
      mobileNumber: 'abc',
      officeNumber: null,
      homeNumber: null,
      description: null,
      password: 'short',
      forcePasswordChangeNext: false,
      sendEmailInvite: false,
    })
    expect(bad.status).toBe(400)
    const paths = (await json(bad)).error.details.fields.map((field: { path: string }) => field.path)
    expect(paths).toEqual(expect.arrayContaining(['username', 'displayName', 'email', 'mobileNumber', 'password']))

    const created = await send('POST', '', {
      username: 'new.hire@gatehouse.sim',
      displayName: '<img src=x onerror=alert(1)>',
      email: 'new.hire@example.com',
      mobileNumber: '+1 555 0100',
      officeNumber: null,
      homeNumber: null,
      description: '=cmd|calc',
      password: 'Initial-Passw0rd!',
      forcePasswordChangeNext: true,
      sendEmailInvite: true,
      reason: 'ONB-7',
    })
    expect(created.status).toBe(201)
    const { id } = await json(created)
    expect(await simUser(id)).toMatchObject({ Name: 'new.hire@gatehouse.sim' })

    const detail = await json(get(`/${id}`))
    expect(detail).toMatchObject({
      id,
      username: 'new.hire@gatehouse.sim',
      displayName: '<img src=x onerror=alert(1)>',
      email: 'new.hire@example.com',
      cloudLocked: false,
      enabled: true,
      directory: 'CDS',
    })

    const edited = await send('PUT', `/${id}/profile`, {
      displayName: 'New Hire',
      email: '',
      mobileNumber: null,
      officeNumber: '+1 555 0101',
      homeNumber: null,
      description: null,
      reason: 'ONB-7',
    })
    expect(edited.status).toBe(200)
    expect(await json(get(`/${id}`))).toMatchObject({
      displayName: 'New Hire',
      email: null,
      officeNumber: '+1 555 0101',
    })

    expect((await json(send('POST', `/${id}/disable`, { reason: 'ONB-7' }))).user).toMatchObject({ enabled: false, status: 'Suspended' })
    expect((await json(send('POST', `/${id}/enable`, { reason: 'ONB-7' }))).user).toMatchObject({ enabled: true, status: 'Active' })
    expect((await json(send('PUT', `/${id}/state`, { flags: ['Expired'], reason: 'ONB-7' }))).user).toMatchObject({ status: 'Expired' })

    expect((await send('DELETE', `/${id}`, {})).status).toBe(400)
    expect((await send('DELETE', `/${id}`, { reason: 'OFF-1 left' })).status).toBe(200)
    expect(await simJson(sims.identity, `/__sim/collections/users?limit=1000`).then((body) => JSON.stringify(body))).not.toContain(id)
    const deletes = await auditEntries('identity.user.delete')
    expect(deletes.at(-1)).toMatchObject({
      result: 'success',
      reason: 'OFF-1 left',
      target: `user new.hire@gatehouse.sim (${id})`,
    })
  })

  it('records the vendor’s refusal as a failure and passes its words on', async () => {
    const response = await send('POST', '', {
      username: 'dup@gatehouse.sim',
      displayName: 'A',
      email: null,
      mobileNumber: null,
      officeNumber: null,
      homeNumber: null,
      description: null,
      password: null,
      forcePasswordChangeNext: false,
      sendEmailInvite: false,
    })
    expect(response.status).toBe(201)
    const again = await send('POST', '', {
      username: 'dup@gatehouse.sim',
      displayName: 'A',
      email: null,
      mobileNumber: null,
      officeNumber: null,
      homeNumber: null,
      description: null,
      password: null,
      forcePasswordChangeNext: false,
      sendEmailInvite: false,
    })
    expect(again.status).toBe(502)
    expect((await json(again)).error.message).toContain('already exists')
    expect((await auditEntries('identity.user.create')).at(-1)).toMatchObject({
      result: 'failure',
    })
  })

  it('sets a picture only when it is an image of an accepted type', async () => {
    const user = (await json(get('?pageSize=10&sort=-username'))).items[0]
    const text = await send('PUT', `/${user.id}/picture`, {
      data: Buffer.from('<svg onload=alert(1)>').toString('base64'),
    })
    expect(text.status).toBe(400)
    const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64)]).toString('base64')
    expect(
      (
        await send('PUT', `/${user.id}/picture`, {
          data: png,
          reason: 'HR photo',
        })
      ).status,
    ).toBe(200)
    expect((await json(get(`/${user.id}`))).hasPicture).toBe(true)
  })

  it('sets extended attributes and adds schema columns without losing existing ones', async () => {
    const before = await json(t.request('/api/t/demo/identity/schema', { headers: { cookie: admin } }))
    expect(before.columns.map((column: { name: string }) => column.name)).toEqual(expect.arrayContaining(['Termination_Flag', 'EmployeeId', 'CostCenter']))
    const updated = await t.request('/api/t/demo/identity/schema', {
      method: 'PUT',
      headers: { ...SAME_ORIGIN, cookie: admin },
      body: JSON.stringify({
        columns: [
          {
            name: 'Badge',
            title: 'Badge number',
            description: null,
            type: 'Text',
            userEditable: false,
          },
        ],
        reason: 'CHG-3',
      }),
    })
    expect(updated.status).toBe(200)
    expect((await json(updated)).columns.map((column: { name: string }) => column.name)).toEqual([
      ...before.columns.map((column: { name: string }) => column.name),
      'Badge',
    ])

    const user = (await json(get('?pageSize=10'))).items[0]
    expect(
      (
        await send('PUT', `/${user.id}/attributes`, {
          values: { Badge: 'B-42', CostCenter: null },
        })
      ).status,
    ).toBe(200)
    expect((await json(get(`/${user.id}`))).attributes).toMatchObject({
      Badge: 'B-42',
      CostCenter: null,
    })
  })

  it('reads the technical support user', async () => {
    expect(await json(get('/tech-support'))).toMatchObject({
      username: expect.stringContaining('techsupport_'),
      id: expect.any(String),
    })
    expect((await get('/tech-support', helpdesk)).status).toBe(403)
  })

  it('exports the filtered users as CSV across pages, formulas neutralised, and audits it', async () => {
    const response = await get('/export.csv?sort=username')
    expect(response.status).toBe(200)
    const text = await response.text()
    const lines = text.trimEnd().split('\r\n')
    expect(lines[0]).toBe('id,username,display_name,email,status,locked,enabled,directory,description,exported_at')
    expect(lines.length).toBeGreaterThanOrEqual(301)
    expect(text).not.toMatch(/(^|,)[=+@]/m)
    expect(lines[1]).toMatch(/,\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/)
    expect((await auditEntries('identity.users.export')).at(-1)).toMatchObject({
      result: 'success',
    })
    expect((await get('/export.csv', helpdesk)).status).toBe(403)
  })
})
