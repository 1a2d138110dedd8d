import { describe, expect, it } from 'vitest'
import { sha256Hex } from '../data/sps-local-users'
import { AUDITOR, createTestSps, SpsTestClient, type SpsErrorJson, type SpsListingJson, type SpsMetaJson, type SpsObjectJson } from '../test-support/sps-test-client'
import { PASSWORD_REUSE_MESSAGE } from './local-users-config'

const USERS = '/api/configuration/aaa/local_database/users'
const GROUPS = '/api/configuration/aaa/local_database/groups'
const PASSWORDS = '/api/configuration/passwords'
const SETTINGS = '/api/configuration/aaa/settings'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

async function newPassword(client: SpsTestClient, plain = 'S3cret!'): Promise<string> {
  const answer = await client.post<SpsMetaJson>(PASSWORDS, { plain })
  expect(answer.status).toBe(201)
  return answer.json.key!
}

describe('SPS local users and passwords', () => {
  it('creates a user the documented way: password object first, then the user referencing it', async () => {
    const { sim, signIn, clock } = createTestSps()
    const admin = await signIn()
    await admin.openTransaction()
    const passwordAnswer = await admin.post<SpsMetaJson>(PASSWORDS, { plain: 'S3cret!' })
    expect(passwordAnswer.json).toEqual({
      key: expect.stringMatching(UUID) as unknown,
      meta: { href: `${PASSWORDS}/${passwordAnswer.json.key}`, parent: PASSWORDS, transaction: '/api/transaction' },
    })
    const user = await admin.post<SpsMetaJson>(USERS, { name: 'alice', password: passwordAnswer.json.key })
    expect(user.status).toBe(201)
    await admin.commit()
    const stored = await admin.get<SpsObjectJson>(`${USERS}/${user.json.key}`)
    expect(stored.json.body).toEqual({
      name: 'alice',
      password: { key: passwordAnswer.json.key, meta: { href: `${PASSWORDS}/${passwordAnswer.json.key}` } },
      password_created: Math.floor(clock.now() / 1000),
    })
    expect((await new SpsTestClient(sim).authenticate('alice', 'S3cret!')).status).toBe(200)
  })

  it('answers 400 SemanticError when a password object is referenced twice', async () => {
    const admin = await createTestSps().signIn()
    await admin.openTransaction()
    const password = await newPassword(admin)
    expect((await admin.post(USERS, { name: 'alice', password })).status).toBe(201)
    const reuse = await admin.post<SpsErrorJson>(USERS, { name: 'bob', password })
    expect(reuse.status).toBe(400)
    expect(reuse.json.error).toMatchObject({ type: 'SemanticError', message: PASSWORD_REUSE_MESSAGE, details: { errors: [{ field: 'password' }] } })
    // The built-in users' password objects are taken too.
    const auditorKey = (await admin.get<SpsListingJson>(USERS)).json.items[1]!.key
    const auditor = await admin.get<SpsObjectJson<{ password: { key: string } }>>(`${USERS}/${auditorKey}`)
    expect((await admin.post<SpsErrorJson>(USERS, { name: 'carol', password: auditor.json.body.password.key })).json.error.message).toBe(PASSWORD_REUSE_MESSAGE)
  })

  it('keeps a user its own password object on PUT, and stamps password_created when it changes', async () => {
    const { signIn, clock } = createTestSps()
    const admin = await signIn()
    await admin.openTransaction()
    const first = await newPassword(admin)
    const key = (await admin.post<SpsMetaJson>(USERS, { name: 'alice', password: first })).json.key!
    clock.advanceSeconds(600)
    expect((await admin.put(`${USERS}/${key}`, { name: 'alice.renamed', password: first })).status).toBe(201)
    const renamed = await admin.get<SpsObjectJson<{ password_created: number }>>(`${USERS}/${key}`)
    expect(renamed.json.body.password_created).toBe(Math.floor(clock.now() / 1000) - 600)
    const second = await newPassword(admin, 'N3w-secret')
    await admin.put(`${USERS}/${key}`, { name: 'alice.renamed', password: second })
    expect((await admin.get<SpsObjectJson<{ password_created: number }>>(`${USERS}/${key}`)).json.body.password_created).toBe(Math.floor(clock.now() / 1000))
  })

  it('wants references as plain keys, and existing ones', async () => {
    const admin = await createTestSps().signIn()
    await admin.openTransaction()
    const password = await newPassword(admin)
    const embedded = await admin.post<SpsErrorJson>(USERS, { name: 'alice', password: { key: password, meta: { href: `${PASSWORDS}/${password}` } } })
    expect(embedded.status).toBe(400)
    expect(embedded.json.error).toMatchObject({ type: 'SemanticError', details: { errors: [{ field: 'password' }] } })
    const missing = await admin.post<SpsErrorJson>(USERS, { name: 'alice', password: 'no-such-password' })
    expect(missing.json.error.type).toBe('SemanticError')
  })

  it('requires the empty fields and ignores unknown keys', async () => {
    const admin = await createTestSps().signIn()
    await admin.openTransaction()
    const noPasswordField = await admin.post<SpsErrorJson>(USERS, { name: 'alice' })
    expect(noPasswordField.status).toBe(400)
    expect(noPasswordField.json.error.details).toMatchObject({ errors: [{ field: 'password' }] })
    const noMembers = await admin.post<SpsErrorJson>(GROUPS, { name: 'team' })
    expect(noMembers.json.error.details).toMatchObject({ errors: [{ field: 'members' }] })
    const typo = await admin.post<SpsMetaJson>(GROUPS, { name: 'team', members: [], memebrs: ['auditor'], colour: 'blue' })
    expect(typo.status).toBe(201)
    expect((await admin.get<SpsObjectJson>(`${GROUPS}/${typo.json.key}`)).json.body).toEqual({ members: [], name: 'team' })
    expect((await admin.post<SpsErrorJson>(GROUPS, '{"name": ')).json.error.type).toBe('SyntacticError')
    expect((await admin.post<SpsErrorJson>(GROUPS, '[1, 2]')).status).toBe(400)
  })

  it('refuses to delete or rename the admin user', async () => {
    const admin = await createTestSps().signIn()
    await admin.openTransaction()
    const adminKey = (await admin.get<SpsListingJson>(USERS)).json.items[0]!.key
    const deleted = await admin.delete<SpsErrorJson>(`${USERS}/${adminKey}`)
    expect(deleted.status).toBe(400)
    expect(deleted.json.error).toMatchObject({ type: 'SemanticError', message: expect.stringMatching(/admin user .* cannot be deleted/) as unknown })
    const adminBody = (await admin.get<SpsObjectJson<{ password: { key: string } }>>(`${USERS}/${adminKey}`)).json.body
    expect((await admin.put<SpsErrorJson>(`${USERS}/${adminKey}`, { name: 'root', password: adminBody.password.key })).status).toBe(400)
    const otherKey = (await admin.get<SpsListingJson>(USERS)).json.items[2]!.key
    expect((await admin.delete(`${USERS}/${otherKey}`)).status).toBe(200)
  })

  it('never lists, changes or deletes password objects, and never shows the secret', async () => {
    const admin = await createTestSps().signIn()
    await admin.openTransaction()
    const password = await newPassword(admin)
    expect((await admin.get(PASSWORDS)).status).toBe(405)
    expect((await admin.put(`${PASSWORDS}/${password}`, { plain: 'x' })).status).toBe(405)
    expect((await admin.delete(`${PASSWORDS}/${password}`)).status).toBe(405)
    const shown = await admin.get<SpsObjectJson>(`${PASSWORDS}/${password}`)
    expect(shown.json.body).toEqual({})
    const changes = await admin.get<{ changes: unknown[] }>('/api/transaction/changes')
    expect(JSON.stringify(changes.json)).not.toContain('S3cret')
    expect((await admin.post<SpsErrorJson>(PASSWORDS, { secret: 'x' })).json.error.type).toBe('SemanticError')
  })

  it('accepts a password as a SHA-256 hash', async () => {
    const { sim, signIn } = createTestSps()
    const admin = await signIn()
    await admin.openTransaction()
    const hashed = await admin.post<SpsMetaJson>(PASSWORDS, { hash: sha256Hex('hashed-pass') })
    await admin.post(USERS, { name: 'hashed', password: hashed.json.key })
    await admin.commit()
    expect((await new SpsTestClient(sim).authenticate('hashed', 'hashed-pass')).status).toBe(200)
  })
})

describe('SPS local usergroups', () => {
  it('accepts members as user keys (seed POST example) or names, and stores names', async () => {
    const admin = await createTestSps().signIn()
    await admin.openTransaction()
    const users = (await admin.get<SpsListingJson>(USERS)).json.items
    const created = await admin.post<SpsMetaJson>(GROUPS, { name: 'new-usergroup', members: [users[1]!.key, 'admin', 'auditor'] })
    expect(created.status).toBe(201)
    expect((await admin.get<SpsObjectJson>(`${GROUPS}/${created.json.key}`)).json.body).toEqual({ members: ['auditor', 'admin'], name: 'new-usergroup' })
    const unknown = await admin.post<SpsErrorJson>(GROUPS, { name: 'other', members: ['no-such-user'] })
    expect(unknown.json.error).toMatchObject({ type: 'SemanticError', details: { errors: [{ field: 'members.0' }] } })
  })

  it('removes a member with a PUT of the whole group (seed 004)', async () => {
    const admin = await createTestSps().signIn()
    const groups = (await admin.get<SpsListingJson>(GROUPS)).json.items
    const basicView = await admin.get<SpsObjectJson<{ members: string[]; name: string }>>(`${GROUPS}/${groups[0]!.key}`)
    await admin.openTransaction()
    const members = basicView.json.body.members.filter((name) => name !== 'auditor')
    const put = await admin.put<SpsMetaJson>(`${GROUPS}/${groups[0]!.key}`, { name: 'basic-view', members })
    expect(put.status).toBe(201)
    expect(put.json).toEqual({ meta: expect.objectContaining({ href: `${GROUPS}/${groups[0]!.key}`, previous: null, next: `${GROUPS}/${groups[1]!.key}` }) as unknown })
    await admin.commit()
    expect((await admin.get<SpsObjectJson<{ members: string[] }>>(`${GROUPS}/${groups[0]!.key}`)).json.body.members).not.toContain('auditor')
  })

  it('keeps the groups the ACLs name: no delete, no rename; other groups delete with a meta answer', async () => {
    const admin = await createTestSps().signIn()
    await admin.openTransaction()
    const groups = (await admin.get<SpsListingJson>(GROUPS)).json.items
    const aclGroup = await admin.delete<SpsErrorJson>(`${GROUPS}/${groups[0]!.key}`)
    expect(aclGroup.status).toBe(400)
    expect(aclGroup.json.error).toMatchObject({ type: 'SemanticError', details: { referenced_by: ['/api/configuration/aaa/acls'] } })
    expect((await admin.put(`${GROUPS}/${groups[0]!.key}`, { name: 'renamed', members: [] })).status).toBe(400)
    const last = groups.at(-1)!.key
    const deleted = await admin.delete<SpsMetaJson>(`${GROUPS}/${last}`)
    expect(deleted.status).toBe(200)
    expect(deleted.json).toEqual({
      meta: {
        first: `${GROUPS}/${groups[0]!.key}`,
        href: `${GROUPS}/${last}`,
        last: `${GROUPS}/${last}`,
        next: null,
        parent: GROUPS,
        previous: `${GROUPS}/${groups.at(-2)!.key}`,
        transaction: '/api/transaction',
      },
    })
  })
})

describe('SPS AAA settings (local database vs LDAP)', () => {
  it('disables local users (but not admin) under LDAP, and refuses to manage them', async () => {
    const { sim, signIn } = createTestSps()
    const admin = await signIn()
    const settings = await admin.get<SpsObjectJson>(SETTINGS)
    expect(settings.json).toMatchObject({
      key: 'settings',
      body: { authentication_method: { selection: 'password' }, user_database: { selection: 'local' } },
      meta: { href: SETTINGS, previous: '/api/configuration/aaa/local_database', next: null },
    })
    await admin.openTransaction()
    const ldap = { authentication_method: { selection: 'password' }, user_database: { selection: 'ldap' } }
    expect((await admin.put(SETTINGS, ldap)).status).toBe(201)
    const refused = await admin.post<SpsErrorJson>(USERS, { name: 'alice', password: null })
    expect(refused.json.error).toMatchObject({ type: 'SemanticError', message: 'Local users cannot be managed when LDAP authentication is used.' })
    // LDAP users may be members of local groups.
    expect((await admin.post(GROUPS, { name: 'ldap-admins', members: ['cn-someone'] })).status).toBe(201)
    await admin.commit()
    expect((await new SpsTestClient(sim).authenticate(AUDITOR.username, AUDITOR.password)).status).toBe(401)
    expect((await new SpsTestClient(sim).authenticate('admin', 'sps-admin')).status).toBe(200)
    expect((await admin.put<SpsErrorJson>(SETTINGS, { user_database: { selection: 'local' } })).status).toBe(409)
  })
})
