import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createTestApp, json, SAME_ORIGIN } from '../test-support/test-app'
import { loadStoredSession, SESSION_RECHECK_MS } from './session-cache'
import { TOUCH_INTERVAL_MS } from './sessions'
import { hashToken } from './tokens'

type TestApp = Awaited<ReturnType<typeof createTestApp>>
let t: TestApp
let admin: string

beforeAll(async () => {
  t = await createTestApp({ GATEHOUSE_REAUTH_SECONDS: '60' })
})
afterAll(async () => {
  await t.close()
})
// A session of its own for every test, freshly authenticated.
beforeEach(async () => {
  admin = await t.signIn('admin', 'admin-demo')
})

const sessionOf = async (cookie: string) => (await json(t.request('/api/auth/session', { headers: { cookie } }))).session
const send = (method: string, path: string, cookie: string, body?: unknown) =>
  t.request(path, { method, headers: { ...SAME_ORIGIN, cookie }, body: body === undefined ? undefined : JSON.stringify(body) })
const idHashOf = (cookie: string) => hashToken(cookie.slice(cookie.indexOf('=') + 1))

/** A new operator with these grants, signed in; their cookie and id. */
async function operatorWith(username: string, grants: unknown[]) {
  const created = await send('POST', '/api/console/operators', admin, { username, displayName: username, password: 'a long enough password', grants })
  expect(created.status).toBe(201)
  const id = (await json(created)).id as string
  return { id, cookie: await t.signIn(username, 'a long enough password') }
}

describe('sessions kept between requests', () => {
  it('reads the session again after SESSION_RECHECK_MS, so another instance’s sign-out is seen then', async () => {
    expect(await sessionOf(admin)).not.toBeNull()
    // Another BFF instance ends the session: the row goes and this instance is not told.
    await t.db.deleteFrom('sessions').where('id_hash', '=', idHashOf(admin)).execute()
    expect(await sessionOf(admin)).not.toBeNull()
    t.advance(SESSION_RECHECK_MS)
    expect(await sessionOf(admin)).toBeNull()
  })

  it('ends a kept session at once on sign-out here', async () => {
    const cookie = await t.signIn('auditor', 'auditor-demo')
    expect(await sessionOf(cookie)).not.toBeNull()
    expect((await send('POST', '/api/auth/sign-out', cookie)).status).toBe(204)
    expect(await sessionOf(cookie)).toBeNull()
    expect((await t.request('/api/tenants', { headers: { cookie } })).status).toBe(401)
  })

  it('ends a kept session at once when its operator is disabled', async () => {
    const { id, cookie } = await operatorWith('leaver', [{ role: 'auditor', tenantId: null }])
    expect((await t.request('/api/tenants', { headers: { cookie } })).status).toBe(200)
    expect((await send('POST', `/api/console/operators/${id}/disable`, admin, { reason: 'left the company' })).status).toBe(200)
    expect((await t.request('/api/tenants', { headers: { cookie } })).status).toBe(401)
  })

  it('applies a role change at once', async () => {
    const { id, cookie } = await operatorWith('mover', [{ role: 'admin', tenantId: null }])
    expect((await send('POST', '/api/tenants', cookie, { id: 'made-by-mover', name: 'Made by mover' })).status).toBe(201)
    const regranted = await send('PUT', `/api/console/operators/${id}/grants`, admin, { grants: [{ role: 'auditor', tenantId: null }], reason: 'CHG-9 moved team' })
    expect(regranted.status).toBe(200)
    expect((await sessionOf(cookie)).operator.grants).toEqual([{ role: 'auditor', tenantId: null }])
    const refused = await send('POST', '/api/tenants', cookie, { id: 'made-again', name: 'Made again' })
    expect(refused.status).toBe(403)
    expect((await json(refused)).error.details.permission).toBe('console.connections.manage')
  })

  it('drops the grants for a deleted tenant at once', async () => {
    expect((await send('POST', '/api/tenants', admin, { id: 'acme', name: 'ACME' })).status).toBe(201)
    const { cookie } = await operatorWith('acme-desk', [{ role: 'helpdesk', tenantId: 'acme' }])
    expect((await t.request('/api/t/acme', { headers: { cookie } })).status).toBe(200)
    expect((await send('DELETE', '/api/tenants/acme', admin, { reason: 'CHG-3 contract ended' })).status).toBe(204)
    expect((await sessionOf(cookie)).operator.grants).toEqual([])
    expect((await t.request('/api/t/acme', { headers: { cookie } })).status).toBe(404)
  })

  it('sees a re-authentication at once', async () => {
    t.advance(61_000)
    const stale = await send('POST', '/api/tenants', admin, { id: 'needs-reauth', name: 'Needs reauth' })
    expect((await json(stale)).error.code).toBe('reauth_required')
    expect((await send('POST', '/api/auth/reauth', admin, { password: 'admin-demo' })).status).toBe(204)
    expect((await send('POST', '/api/tenants', admin, { id: 'needs-reauth', name: 'Needs reauth' })).status).toBe(201)
  })

  it('decides to end a session on a fresh read, not on the kept copy', async () => {
    const idHash = idHashOf(admin)
    const kept = await loadStoredSession(t.db, idHash, 0, () => false)
    const touchedElsewhere = new Date(kept!.row.lastSeenAt.getTime() + 5 * 60_000)
    await t.db.updateTable('sessions').set({ last_seen_at: touchedElsewhere }).where('id_hash', '=', idHash).execute()
    expect((await loadStoredSession(t.db, idHash, 10, () => false))!.row.lastSeenAt).toEqual(kept!.row.lastSeenAt)
    expect((await loadStoredSession(t.db, idHash, 20, () => true))!.row.lastSeenAt).toEqual(touchedElsewhere)
  })

  it('writes last_seen_at at most every TOUCH_INTERVAL_MS', async () => {
    const lastSeen = async () => (await t.db.selectFrom('sessions').select('last_seen_at').where('id_hash', '=', idHashOf(admin)).executeTakeFirstOrThrow()).last_seen_at
    const signedIn = await lastSeen()
    for (let i = 0; i < 3; i++) {
      t.advance(TOUCH_INTERVAL_MS / 4)
      expect(await sessionOf(admin)).not.toBeNull()
    }
    expect(await lastSeen()).toEqual(signedIn)
    t.advance(TOUCH_INTERVAL_MS / 4 + 1)
    expect(await sessionOf(admin)).not.toBeNull()
    expect((await lastSeen()).getTime()).toBeGreaterThan(signedIn.getTime() + TOUCH_INTERVAL_MS)
  })
})
