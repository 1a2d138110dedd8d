import { afterAll, describe, expect, it } from 'vitest'
import { VendorApiError } from '../http/vendor-errors'
import { createCapturingLogger } from '../testing/capturing-logger'
import { collection } from '../testing/sim-control'
import { useSpawnedSimulators } from '../testing/use-spawned-simulators'
import { aclMatrix, privilegeLabel } from './sps-acls'
import { parseChanges, pendingMarks } from './sps-changes'
import { stageChange } from './sps-changes-session'
import { collectionKeys, referenceKey } from './sps-config-objects'
import { createSpsConnection, type SpsConnection } from './sps-connection'
import { pageOf } from './sps-local-database'
import { aaaModes, createPasswordObject, LOCAL_USERS_PATH, localUserBody, parseLocalUser, toConsoleLocalUser } from './sps-local-users'
import { localUserIndex, parseUsergroup, toConsoleUsergroup, usergroupBody } from './sps-usergroups'

// Wire format → console shape for every SPS endpoint the configuration screens use, with the
// seeds' own samples (004: groups, users, ACLs; sps.md §5: the changelog).

describe('SPS configuration mapping', () => {
  it('reads a usergroup whose members are names or user keys (seed 004 GET and POST forms)', () => {
    const group = parseUsergroup({ key: 'ca2dc85730ca082ee6b5c8', body: { members: ['testuser', '103640099357f3b14f0529a'], name: 'http-write' }, meta: {} })
    expect(group).toEqual({ key: 'ca2dc85730ca082ee6b5c8', name: 'http-write', members: ['testuser', '103640099357f3b14f0529a'] })
    const users = localUserIndex([
      { key: '46785097158061f46c63d0', name: 'testuser' },
      { key: '103640099357f3b14f0529a', name: 'alice' },
    ])
    expect(toConsoleUsergroup(group, users, new Set(['http-write']), null)).toEqual({
      key: 'ca2dc85730ca082ee6b5c8',
      name: 'http-write',
      members: [
        { name: 'testuser', userKey: '46785097158061f46c63d0' },
        { name: 'alice', userKey: '103640099357f3b14f0529a' },
      ],
      inAcls: true,
      pending: null,
    })
    // An LDAP user's name has no local key; duplicates (a key and its name) collapse.
    const ldap = toConsoleUsergroup({ key: 'k', name: 'ops', members: ['cn-bob', 'alice', '103640099357f3b14f0529a'] }, users, new Set(), 'created')
    expect(ldap.members).toEqual([
      { name: 'cn-bob', userKey: null },
      { name: 'alice', userKey: '103640099357f3b14f0529a' },
    ])
    expect(usergroupBody('ops', ['a', 'a', 'b'])).toEqual({ name: 'ops', members: ['a', 'b'] })
  })

  it('reads a local user with its password reference (seed 004) and never exposes the reference', () => {
    const record = parseLocalUser({
      body: { name: 'testuser', password: { key: '8f84d7d1-9de1-429a-a7a7-c33a61cc7419', meta: { href: '/api/configuration/passwords/8f84d7d1-9de1-429a-a7a7-c33a61cc7419' } }, password_created: 1476796261 },
      key: '46785097158061f46c63d0',
      meta: {},
    })
    expect(record).toEqual({ key: '46785097158061f46c63d0', name: 'testuser', passwordKey: '8f84d7d1-9de1-429a-a7a7-c33a61cc7419', passwordCreated: 1476796261 })
    const user = toConsoleLocalUser(record, ['search'], null)
    expect(user).toEqual({ key: '46785097158061f46c63d0', name: 'testuser', hasPassword: true, passwordChangedAt: '2016-10-18T13:11:01.000Z', builtIn: false, groups: ['search'], pending: null })
    expect(JSON.stringify(user)).not.toContain('8f84d7d1')
    expect(toConsoleLocalUser({ key: 'a', name: 'admin', passwordKey: null, passwordCreated: null }, [], null)).toMatchObject({ builtIn: true, hasPassword: false, passwordChangedAt: null })
    expect(localUserBody('bob', 'pw-key')).toEqual({ name: 'bob', password: 'pw-key' })
    expect(referenceKey('plain-key')).toBe('plain-key')
    expect(referenceKey(null)).toBeNull()
  })

  it('lists collection keys (seed 004 users list)', () => {
    expect(collectionKeys({ items: [{ key: '103640099357f3b14f0529a', meta: { href: '…' } }, { key: '46785097158061f46c63d0', meta: { href: '…' } }], meta: {} })).toEqual([
      '103640099357f3b14f0529a',
      '46785097158061f46c63d0',
    ])
    expect(() => collectionKeys({ meta: {} })).toThrow(VendorApiError)
  })

  it('turns the ACL list into a groups × privileges matrix (seed 004)', () => {
    const matrix = aclMatrix({
      body: [
        { group: 'basic-view', objects: ['/special/basic'], permission: 'read' },
        { group: 'basic-write', objects: ['/special/basic'], permission: 'write' },
        { group: 'indexing', objects: ['/special/search/search', '/special/bap'], permission: 'write' },
        { group: 'basic-view', objects: ['/special/basic'], permission: 'write' },
      ],
      key: 'acls',
      meta: {},
    })
    expect(matrix.privileges.map((privilege) => privilege.object)).toEqual(['/special/basic', '/special/search/search', '/special/bap'])
    expect(matrix.groups).toEqual([
      { group: 'basic-view', permissions: { '/special/basic': 'write' } },
      { group: 'basic-write', permissions: { '/special/basic': 'write' } },
      { group: 'indexing', permissions: { '/special/search/search': 'write', '/special/bap': 'write' } },
    ])
    expect(privilegeLabel('/special/auth')).toBe('Users & access control')
    expect(privilegeLabel('/special/unknown')).toBe('/special/unknown')
  })

  it('diffs the changelog field by field, members by name, passwords only as set/changed', () => {
    const groupPath = '/api/configuration/aaa/local_database/groups/g1'
    const userPath = '/api/configuration/aaa/local_database/users/u1'
    const changes = parseChanges(
      {
        changes: [
          { type: 'create', path: '/api/configuration/passwords/p1', new_value: {} },
          { type: 'replace', path: userPath, old_value: { name: 'bob', password: 'p0', password_created: 1 }, new_value: { name: 'bob', password: 'p1', password_created: 2 } },
          { type: 'replace', path: groupPath, old_value: { name: 'ops', members: ['k1'] }, new_value: { name: 'ops-team', members: ['k1', 'k2'] } },
          { type: 'delete', path: '/api/configuration/aaa/local_database/groups/g2', old_value: { name: 'old', members: [] } },
        ],
      },
      new Map([
        ['k1', 'alice'],
        ['k2', 'bob'],
      ]),
    )
    expect(changes).toEqual([
      { type: 'create', kind: 'password', path: '/api/configuration/passwords/p1', key: 'p1', name: null, fields: [] },
      { type: 'replace', kind: 'local-user', path: userPath, key: 'u1', name: 'bob', fields: [{ field: 'password', before: 'set', after: 'changed' }] },
      {
        type: 'replace',
        kind: 'usergroup',
        path: groupPath,
        key: 'g1',
        name: 'ops-team',
        fields: [
          { field: 'name', before: 'ops', after: 'ops-team' },
          { field: 'members', before: 'alice', after: 'alice, bob' },
        ],
      },
      { type: 'delete', kind: 'usergroup', path: '/api/configuration/aaa/local_database/groups/g2', key: 'g2', name: 'old', fields: [
        { field: 'name', before: 'old', after: null },
        { field: 'members', before: '', after: null },
      ] },
    ])
    expect(JSON.stringify(changes)).not.toContain('p0')
    const marks = pendingMarks(changes)
    expect(marks.get(groupPath)).toBe('changed')
    expect(marks.get('/api/configuration/aaa/local_database/groups/g2')).toBe('deleted')
    expect(parseChanges({ meta: {} })).toEqual([])
  })

  it('reads LDAP and RADIUS from the AAA settings', () => {
    expect(aaaModes({ body: { authentication_method: { selection: 'password' }, user_database: { selection: 'local' } } })).toEqual({ ldap: false, radius: false })
    expect(aaaModes({ body: { authentication_method: { selection: 'radius' }, user_database: { selection: 'ldap' } } })).toEqual({ ldap: true, radius: true })
  })

  it('filters, orders and pages a list by name', () => {
    const items = ['b', 'A', 'c10', 'c9'].map((name) => ({ name }))
    expect(pageOf(items, {}).items.map((item) => item.name)).toEqual(['A', 'b', 'c9', 'c10'])
    expect(pageOf(items, { order: '-name', pageSize: '25' }).items[0]?.name).toBe('c10')
    expect(pageOf(items, { q: 'C' })).toMatchObject({ total: 2, page: 1, pageSize: 25 })
    expect(pageOf(items, { page: '2', pageSize: '25' }).items).toEqual([])
  })
})

describe('SPS local users against the simulator', () => {
  const sims = useSpawnedSimulators({ resetBeforeEach: 'sps' })
  const opened: SpsConnection[] = []
  afterAll(async () => {
    await Promise.all(opened.map((sps) => sps.closeAll()))
  })
  const connect = () => {
    const sps = createSpsConnection({ connectionId: 'conn-sps', baseUrl: sims.sps, username: 'admin', password: 'sps-admin' }, createCapturingLogger())
    opened.push(sps)
    return sps
  }

  it('shows the vendor’s SemanticError in words when a password object is referenced twice', async () => {
    const session = connect().writeSession('console-a')
    const failure = stageChange(session, async (tx) => {
      const passwordKey = await createPasswordObject(tx, 'Reused-password-1')
      await tx.post(LOCAL_USERS_PATH, localUserBody('gh-first', passwordKey))
      await tx.post(LOCAL_USERS_PATH, localUserBody('gh-second', passwordKey))
    })
    const error = (await failure.catch((caught: unknown) => caught)) as VendorApiError
    expect(error).toBeInstanceOf(VendorApiError)
    expect(error.status).toBe(400)
    expect(error.message).toBe(
      'Safeguard for Privileged Sessions refused the change (You tried to reuse a password object. You can use a password object for only one purpose, that is, you cannot reference a password object twice.).',
    )
    expect(error.toBody().error.vendor).toMatchObject({ type: 'SemanticError' })
    // This call opened the transaction, so the refusal rolled it back: nothing pending, nothing committed.
    expect(session.login.holdsTransaction).toBe(false)
    expect((await collection<{ name: string }>(sims.sps, 'localUsers')).map((user) => user.name)).not.toContain('gh-first')
  })
})
