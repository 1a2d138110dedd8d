import { describe, expect, it } from 'vitest'
import { IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import type { RedrockResult } from '../envelope/redrock-result'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// POST /Redrock/query over the User and Role tables.

const query = (Script: string, Args?: Record<string, unknown>) => ({ Script, ...(Args ? { Args } : {}) })

describe('/Redrock/query', () => {
  it('selects the User columns clients read, with Columns, Count, FullCount and User entities', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(33)!
    const result = await sim.result<RedrockResult>(
      '/Redrock/query',
      query(`Select ID, Username, DisplayName, Email, MobileNumber, LastLogin, DirectoryServiceUuid from User WHERE Username='${user.Name.toUpperCase()}'`),
    )
    expect(result).toMatchObject({ IsAggregate: false, Count: 1, FullCount: 1, ReturnID: '' })
    expect(result.Columns.map((column) => [column.Name, column.Type])).toEqual([
      ['ID', 12], ['Username', 12], ['DisplayName', 12], ['Email', 12], ['MobileNumber', 12], ['LastLogin', 3], ['DirectoryServiceUuid', 12],
    ])
    expect(result.Results[0]).toEqual({
      Entities: [{ Type: 'User', Key: user.Uuid, IsForeignKey: false }],
      Row: {
        ID: user.Uuid,
        Username: user.Name,
        DisplayName: user.DisplayName,
        Email: user.Mail,
        MobileNumber: user.MobileNumber,
        LastLogin: user.LastLogin === null ? null : `/Date(${user.LastLogin})/`,
        DirectoryServiceUuid: IDENTITY_DIRECTORY_SERVICE_UUID,
      },
    })
  })

  it('filters with LIKE and OR, orders, and pages with PageNumber/PageSize; FullCount counts every match', async () => {
    const sim = await createIdentityTestSim()
    const users = sim.context.data.users.slice(0, 300)
    const matches = users.filter((user) => /smith/i.test(user.DisplayName) || /smith/i.test(user.Name))
    const sorted = [...matches].sort((a, b) => (a.DisplayName.toLowerCase() < b.DisplayName.toLowerCase() ? -1 : a.DisplayName.toLowerCase() > b.DisplayName.toLowerCase() ? 1 : 0))
    expect(matches.length).toBeGreaterThan(3)
    const script = "select ID, DisplayName from User where DisplayName like '%SMITH%' or Username like '%smith%' order by DisplayName"
    const first = await sim.result<RedrockResult>('/Redrock/query', query(script, { PageNumber: 1, PageSize: 2, Limit: 100000, SortBy: '', Caching: -1, Direction: false }))
    expect(first).toMatchObject({ Count: 2, FullCount: matches.length })
    expect(first.Results.map((result) => result.Row.ID)).toEqual(sorted.slice(0, 2).map((user) => user.Uuid))
    const second = await sim.result<RedrockResult>('/Redrock/query', { Script: script, args: { PageNumber: 2, PageSize: 2 } })
    expect(second.Results.map((result) => result.Row.ID)).toEqual(sorted.slice(2, 4).map((user) => user.Uuid))
  })

  it('lets Args.SortBy and the direction override ORDER BY', async () => {
    const sim = await createIdentityTestSim()
    const result = await sim.result<RedrockResult>('/Redrock/query', query('select ID, Username from User order by DisplayName', { SortBy: 'Username', Ascending: false, PageSize: 5 }))
    const names = sim.context.data.users.slice(0, 300).map((user) => user.Name.toLowerCase()).sort().reverse()
    expect(result.Results.map((row) => String(row.Row.Username).toLowerCase())).toEqual(names.slice(0, 5))
    expect(result.FullCount).toBe(300)
  })

  it('sees changes at once: created, changed and deleted users', async () => {
    const sim = await createIdentityTestSim()
    const id = await sim.result<string>('/CDirectoryService/CreateUser', { Name: 'zz.smithson@gatehouse.sim', DisplayName: 'Zed Smithson' })
    const gone = sim.context.data.users.at(5)!
    await sim.result('/CDirectoryService/DeleteUser', { ID: gone.Uuid })
    const changed = sim.context.data.users.at(6)!
    await sim.result('/CDirectoryService/ChangeUser', { ID: changed.Uuid, DisplayName: 'Smithy Changed' })
    const result = await sim.result<RedrockResult>('/Redrock/query', query("select ID from User where DisplayName like '%smith%' or ID = '" + gone.Uuid + "'"))
    const ids = result.Results.map((row) => row.Row.ID)
    expect(ids).toContain(id)
    expect(ids).toContain(changed.Uuid)
    expect(ids).not.toContain(gone.Uuid)
  })

  it('reads a "double-quoted" word that is no column as a string, as SQLite does', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(40)!
    const result = await sim.result<RedrockResult>('/Redrock/query', query(`select ID from User where "Username" = "${user.Name}"`))
    expect(result.Results.map((row) => row.Row.ID)).toEqual([user.Uuid])
  })

  it('applies SQL LIMIT/OFFSET, IS NULL and aliases', async () => {
    const sim = await createIdentityTestSim()
    const withoutMail = sim.context.data.users.slice(0, 300).filter((user) => user.Mail === null)
    const result = await sim.result<RedrockResult>('/Redrock/query', query('select ID as UserId from User where Email is null limit 2'))
    expect(result.Columns.map((column) => column.Name)).toEqual(['UserId'])
    expect(result).toMatchObject({ Count: Math.min(2, withoutMail.length), FullCount: Math.min(2, withoutMail.length) })
    expect(result.Results[0]!.Row.UserId).toBe(withoutMail[0]!.Uuid)
  })

  it('reads the Role table, the built-in roles included', async () => {
    const sim = await createIdentityTestSim()
    const roles = await sim.result<RedrockResult>('/Redrock/query', { Script: 'Select * from Role' })
    expect(roles.Columns.map((column) => column.Name)).toEqual(['ID', 'Name', 'Description'])
    expect(roles.FullCount).toBe(15)
    expect(roles.Results[0]).toEqual({ Entities: [{ Type: 'Role', Key: 'Everybody', IsForeignKey: false }], Row: { ID: 'Everybody', Name: 'Everybody', Description: 'All authenticated users' } })
    const sysadmin = await sim.result<RedrockResult>('/Redrock/query', query("SELECT Role.Description, Role.ID, Role.Name FROM Role WHERE Role.Name = 'System Administrator'"))
    expect(sysadmin.Results[0]!.Entities[0]!.Key).toBe('sysadmin')
  })

  it('refuses unknown tables and columns and bad SQL in the envelope', async () => {
    const sim = await createIdentityTestSim()
    expect(await sim.failure('/Redrock/query', query('select * from VaultAccount'))).toBe('no such table: VaultAccount')
    expect(await sim.failure('/Redrock/query', query('select Nope from User'))).toBe('no such column: Nope')
    expect(await sim.failure('/Redrock/query', query('select ID from User where'))).toBe('incomplete input')
    expect(await sim.failure('/Redrock/query', {})).toContain("'Script'")
  })
})
