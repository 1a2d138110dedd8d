import { describe, expect, it } from 'vitest'
import { IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// POST /UserMgmt/DirectoryServiceQuery: JSON-string filters over users and roles.

interface Section {
  Results: { Entities: { Type: string; Key: string; IsForeignKey: boolean }[]; Row: Record<string, unknown> }[]
  FullCount: number
}

const USER_ROW_KEYS = [
  'Description', 'DirectoryServiceUuid', 'DisplayName', 'DistinguishedName', 'EMail', 'Enabled', 'Forest', 'InternalName', 'Locked', 'ObjectType',
  'ServiceInstance', 'ServiceInstanceLocalized', 'ServiceType', 'Status', 'StatusEnum', 'SystemName',
]

describe('/UserMgmt/DirectoryServiceQuery', () => {
  it('answers user rows with Locked, Enabled and Status, filtered by a JSON string (_like = starts with)', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(44)!
    const prefix = user.DisplayName.slice(0, 4).toLowerCase()
    const result = await sim.result<{ User: Section }>('/UserMgmt/DirectoryServiceQuery', {
      directoryServices: [IDENTITY_DIRECTORY_SERVICE_UUID],
      user: JSON.stringify({ DisplayName: { _like: prefix } }),
      Args: { PageNumber: 1, PageSize: 100000, Limit: 100000, SortBy: '', Caching: -1 },
    })
    const expected = sim.context.data.users.slice(0, 300).filter((candidate) => candidate.DisplayName.toLowerCase().startsWith(prefix))
    expect(result.User.FullCount).toBe(expected.length)
    const row = result.User.Results.find((entry) => entry.Row.InternalName === user.Uuid)!
    expect(Object.keys(row.Row).sort()).toEqual(USER_ROW_KEYS)
    expect(row.Entities).toEqual([{ Type: 'User', Key: user.Uuid, IsForeignKey: false }])
    expect(row.Row).toMatchObject({ ServiceType: 'CDS', ObjectType: 'User', SystemName: user.Name, EMail: user.Mail, DirectoryServiceUuid: IDENTITY_DIRECTORY_SERVICE_UUID, Locked: expect.any(Boolean), Enabled: expect.any(Boolean) })
    expect(['Active', 'Suspended', 'Locked', 'Expired']).toContain(row.Row.Status)
  })

  it('combines _or, _eq and _end, and filters on Locked and Status', async () => {
    const sim = await createIdentityTestSim()
    const [a, b] = [sim.context.data.users.at(21)!, sim.context.data.users.at(22)!]
    const both = await sim.result<{ User: Section }>('/UserMgmt/DirectoryServiceQuery', {
      user: JSON.stringify({ _or: [{ SystemName: { _eq: a.Name.toUpperCase() } }, { SystemName: { _end: b.Name.slice(-20) } }] }),
    })
    expect(both.User.Results.map((entry) => entry.Row.InternalName).sort()).toEqual([a.Uuid, b.Uuid].sort())

    const locked = await sim.result<{ User: Section }>('/UserMgmt/DirectoryServiceQuery', { user: JSON.stringify({ Locked: true }) })
    const expected = sim.context.data.users.slice(0, 300).filter((user) => user.LockedByAdmin || user.State.includes('Locked'))
    expect(locked.User.FullCount).toBe(expected.length)
    expect(locked.User.Results.every((entry) => entry.Row.Locked === true)).toBe(true)
  })

  it('takes Python-style filters (single quotes) and answers roles under "roles", Everybody included', async () => {
    const sim = await createIdentityTestSim()
    const result = await sim.result<{ roles: Section; Group: Section; User?: Section }>('/UserMgmt/DirectoryServiceQuery', {
      directoryServices: [IDENTITY_DIRECTORY_SERVICE_UUID],
      roles: "{'Name': {'_eq': 'System Administrator'}}",
      group: '{}',
      Args: { Limit: 1, PageNumber: 0, PageSize: 0 },
    })
    expect(result.User).toBeUndefined()
    expect(result.Group).toEqual({ Results: [], FullCount: 0 })
    expect(result.roles.Results).toEqual([
      {
        Entities: [{ Type: 'Role', Key: 'sysadmin', IsForeignKey: false }],
        Row: { Name: 'System Administrator', _ID: 'sysadmin', AdministrativeRights: [{ Path: '/lib/rights/superduper.json', ServiceName: 'Admin Portal' }], IsHidden: false, Description: expect.any(String) },
      },
    ])
    const all = await sim.result<{ roles: Section }>('/UserMgmt/DirectoryServiceQuery', { roles: '{"_or":[{"Name":{"_eq":"Everybody"}},{"_ID":{"_eq":"Everybody"}}]}' })
    expect(all.roles.Results.map((entry) => entry.Row._ID)).toEqual(['Everybody'])
  })

  it('sorts and pages users with Args', async () => {
    const sim = await createIdentityTestSim()
    const page = await sim.result<{ User: Section }>('/UserMgmt/DirectoryServiceQuery', { user: '{}', Args: { PageNumber: 2, PageSize: 10, SortBy: 'SystemName', Ascending: true } })
    const names = sim.context.data.users.slice(0, 300).map((user) => user.Name.toLowerCase()).sort()
    expect(page.User.FullCount).toBe(300)
    expect(page.User.Results.map((entry) => String(entry.Row.SystemName).toLowerCase())).toEqual(names.slice(10, 20))
  })

  it('refuses filters it cannot read, in the envelope', async () => {
    const sim = await createIdentityTestSim()
    expect(await sim.failure('/UserMgmt/DirectoryServiceQuery', { user: '{not json' })).toContain('not a valid filter')
    expect(await sim.failure('/UserMgmt/DirectoryServiceQuery', { user: '{"Shoe": "x"}' })).toContain('Shoe')
    expect(await sim.failure('/UserMgmt/DirectoryServiceQuery', { user: '{"DisplayName": {"_regex": "x"}}' })).toContain('_regex')
  })
})
