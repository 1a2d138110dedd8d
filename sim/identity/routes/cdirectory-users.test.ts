import { describe, expect, it } from 'vitest'
import { IDENTITY_DEMO_SERVICE_USER, IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import type { RedrockResult } from '../envelope/redrock-result'
import { isMfaExempt } from '../model/user-state'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// CDirectoryService: reads and changes of Cloud Directory users, shapes as observed on real tenants.

const GET_USER_KEYS = ['Alias', 'CreateDate', 'DisplayName', 'InEverybodyRole', 'LastModifiedDate', 'LastPasswordChangeDate', 'Mail', 'MobileNumber', 'Name', 'OauthClient', 'ReportsTo', 'State', 'Uuid', 'Version']

describe('CDirectoryService reads', () => {
  it('GetUser and GetUserByName show the same user object', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(42)!
    const byId = await sim.result<Record<string, unknown>>('/CDirectoryService/GetUser', { ID: user.Uuid })
    expect(Object.keys(byId).sort()).toEqual(GET_USER_KEYS)
    expect(byId).toMatchObject({ Uuid: user.Uuid, Name: user.Name, DisplayName: user.DisplayName, Version: String(user.Version), Alias: 'gatehouse.sim' })
    expect(byId.LastModifiedDate).toMatch(/^\/Date\(\d+\)\/$/)
    const manager = sim.context.data.users.get(user.ReportsTo!)!
    expect(byId.ReportsTo).toBe(manager.Name)
    expect(await sim.result('/CDirectoryService/GetUserByName', { username: user.Name.toUpperCase() })).toEqual(byId)
    // Without a username: the caller.
    expect(await sim.result('/CDirectoryService/GetUserByName')).toMatchObject({ Name: IDENTITY_DEMO_SERVICE_USER.name, ReportsTo: 'Unassigned' })
    expect(await sim.failure('/CDirectoryService/GetUserByName', { username: 'nobody@gatehouse.sim' })).toContain('not found')
  })

  it('GetUsers lists the directory as a Redrock table of CDUser rows, pageable with Args', async () => {
    const sim = await createIdentityTestSim()
    const all = await sim.result<RedrockResult>('/CDirectoryService/GetUsers')
    expect(all).toMatchObject({ IsAggregate: false, Count: 300, FullCount: 300, ReturnID: '' })
    expect(all.Columns.map((column) => column.Name)).toContain('StartDate')
    expect(all.Columns.find((column) => column.Name === 'StartDate')).toMatchObject({ Type: 3, IsHidden: false, DDName: null, TableName: null })
    const first = all.Results[1]!
    expect(first.Entities).toEqual([{ Type: 'CDUser', Key: first.Row.Uuid, IsForeignKey: false }])
    expect(Object.keys(first.Row).sort()).toEqual(['Description', 'DisplayName', 'EndDate', 'HomeNumber', 'Mail', 'MobileNumber', 'Name', 'OfficeNumber', 'PictureUri', 'PreferredCulture', 'ReportsTo', 'StartDate', 'Uuid'])
    const page = await sim.result<RedrockResult>('/CDirectoryService/GetUsers', { Args: { PageNumber: 3, PageSize: 25 } })
    expect(page).toMatchObject({ Count: 25, FullCount: 300 })
    expect(page.Results[0]!.Row.Uuid).toBe(all.Results[50]!.Row.Uuid)
  })

  it('GetUserAttributes shows the caller (or an ID) with CloudState, LockedByAdmin and the composed State', async () => {
    const sim = await createIdentityTestSim()
    const own = await sim.result<Record<string, unknown>>('/CDirectoryService/GetUserAttributes')
    expect(own).toMatchObject({ Name: IDENTITY_DEMO_SERVICE_USER.name, directoryServiceUuid: IDENTITY_DIRECTORY_SERVICE_UUID, ForcePasswordChangeNext: 'False', CloudState: 'None', ReadOnly: false, OauthClient: true })
    const user = sim.context.data.users.at(25)!
    await sim.result('/CDirectoryService/SetUserState', { ID: user.Uuid, state: 'Disabled' })
    await sim.result('/UserMgmt/SetCloudLock', undefined, { user: user.Uuid, lockUser: 'true' })
    const attributes = await sim.result<Record<string, unknown>>('/CDirectoryService/GetUserAttributes', { ID: user.Uuid })
    expect(attributes).toMatchObject({ Uuid: user.Uuid, State: 'Locked, Disabled', CloudState: 'Locked', LockedByAdmin: true })
  })

  it('GetTechSupportUser names the tenant technical support user', async () => {
    const sim = await createIdentityTestSim()
    const tech = await sim.result<Record<string, string>>('/CDirectoryService/GetTechSupportUser', { Users: [] })
    expect(Object.keys(tech).sort()).toEqual(['Name', 'PasswordExp', 'Uuid'])
    expect(tech.Name).toMatch(/^techsupport_/)
    expect(tech.PasswordExp).toMatch(/^\/Date\(\d+\)\/$/)
  })
})

describe('CDirectoryService changes', () => {
  it('CreateUser answers the new Uuid; the user then shows everywhere, with invitations sent', async () => {
    const sim = await createIdentityTestSim()
    const organization = sim.context.data.organizations.at(2)!
    const manager = sim.context.data.users.at(3)!
    const id = await sim.result<string>('/CDirectoryService/CreateUser', {
      Name: 'ada.lovelace@gatehouse.sim',
      Mail: 'ada@gatehouse.sim',
      DisplayName: 'Ada Lovelace',
      MobileNumber: '+1 555 000 1111',
      ReportsTo: manager.Name,
      OrgPath: organization.Name,
      PasswordNeverExpire: 'true',
      SendEmailInvite: true,
      SendSmsInvite: 'true',
    })
    expect(id).toMatch(/^[0-9a-f-]{36}$/)
    expect(await sim.result('/CDirectoryService/GetUser', { ID: id })).toMatchObject({ Name: 'ada.lovelace@gatehouse.sim', DisplayName: 'Ada Lovelace', ReportsTo: manager.Name, Version: '1', State: 'None' })
    expect(await sim.result('/CDirectoryService/GetUserAttributes', { ID: id })).toMatchObject({ OrgPath: organization.Name, PasswordNeverExpire: true })
    const sent = sim.context.data.outbox.slice(0, 10)
    expect(sent.map((message) => [message.channel, message.kind, message.to])).toEqual([
      ['Email', 'Invitation', 'ada@gatehouse.sim'],
      ['SMS', 'Invitation', '+1 555 000 1111'],
    ])
  })

  it('CreateUser refuses a taken name, a foreign suffix, a bad mail, a weak password and unknown links', async () => {
    const sim = await createIdentityTestSim()
    const taken = sim.context.data.users.at(10)!.Name
    expect(await sim.failure('/CDirectoryService/CreateUser', { Name: taken.toUpperCase() })).toContain('already exists')
    expect(await sim.failure('/CDirectoryService/CreateUser', { Name: 'x@elsewhere.example' })).toContain('suffix')
    expect(await sim.failure('/CDirectoryService/CreateUser', { Name: 'no at sign' })).toContain('not a valid login name')
    expect(await sim.failure('/CDirectoryService/CreateUser', { Name: 'a@gatehouse.sim', Mail: 'not-mail' })).toContain('e-mail')
    expect(await sim.failure('/CDirectoryService/CreateUser', { Name: 'a@gatehouse.sim', Password: 'short' })).toContain('password policy')
    expect(await sim.failure('/CDirectoryService/CreateUser', { Name: 'a@gatehouse.sim', ReportsTo: 'ghost@gatehouse.sim' })).toContain('not found')
    expect(await sim.failure('/CDirectoryService/CreateUser', { Name: 'a@gatehouse.sim', OrgPath: 'No Such Org' })).toContain('not found')
    expect(sim.context.data.users.size).toBe(300)
  })

  it('ChangeUser changes the given fields, counts the version, and refuses reporting cycles', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(50)!
    sim.clock.advance(60_000)
    await sim.result('/CDirectoryService/ChangeUser', { ID: user.Uuid, DisplayName: 'Renamed Person', Mail: null, Description: '' })
    const after = await sim.result<Record<string, unknown>>('/CDirectoryService/GetUser', { ID: user.Uuid })
    expect(after).toMatchObject({ DisplayName: 'Renamed Person', Mail: null, Version: String(user.Version + 1), LastModifiedDate: `/Date(${sim.clock.ms})/` })
    const manager = sim.context.data.users.get(user.ReportsTo!)!
    expect(await sim.failure('/CDirectoryService/ChangeUser', { ID: manager.Uuid, ReportsTo: user.Uuid })).toContain('report')
  })

  it('DeleteUser removes a user by Uuid or name, but not the caller', async () => {
    const sim = await createIdentityTestSim()
    const [first, second] = [sim.context.data.users.at(60)!, sim.context.data.users.at(61)!]
    await sim.result('/CDirectoryService/DeleteUser', { ID: first.Uuid })
    await sim.result('/CDirectoryService/DeleteUser', { ID: second.Name })
    expect(await sim.failure('/CDirectoryService/GetUser', { ID: first.Uuid })).toContain('not found')
    expect(sim.context.data.users.size).toBe(298)
    expect(await sim.failure('/CDirectoryService/DeleteUser', { ID: IDENTITY_DEMO_SERVICE_USER.name })).toContain('own account')
  })

  it('ChangeUserState disables and enables; SetUserState sets None or several flags', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.slice(1, 299).find((candidate) => candidate.State === 'None' && !candidate.LockedByAdmin)!
    await sim.result('/CDirectoryService/ChangeUserState', { uuid: user.Uuid, state: false })
    expect(await sim.result('/CDirectoryService/GetUser', { ID: user.Uuid })).toMatchObject({ State: 'Disabled' })
    await sim.result('/CDirectoryService/SetUserState', { ID: user.Uuid, state: 'Expired, Locked, Disabled' })
    expect(await sim.result('/CDirectoryService/GetUser', { ID: user.Uuid })).toMatchObject({ State: 'Locked, Disabled, Expired' })
    await sim.result('/CDirectoryService/ChangeUserState', { uuid: user.Uuid, state: 'true' })
    expect(await sim.result('/CDirectoryService/GetUser', { ID: user.Uuid })).toMatchObject({ State: 'Locked, Expired' })
    await sim.result('/cdirectoryservice/setuserstate', { ID: user.Uuid, state: 'None' })
    expect(await sim.result('/CDirectoryService/GetUser', { ID: user.Uuid })).toMatchObject({ State: 'None' })
    expect(await sim.failure('/CDirectoryService/SetUserState', { ID: user.Uuid, state: 'Frozen' })).toContain('not a valid user state')
    expect(await sim.failure('/CDirectoryService/SetUserState', { ID: user.Uuid, state: 'None, Locked' })).toContain('not a valid user state')
    const self = sim.context.data.users.at(0)!.Uuid
    expect(await sim.failure('/CDirectoryService/ChangeUserState', { uuid: self, state: false })).toContain('own account')
  })

  it('ExemptUserFromMfa takes minutes from the query or body (default 10) and the exemption ends', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(70)!
    await sim.result('/CDirectoryService/ExemptUserFromMfa', undefined, { ID: user.Uuid, timespan: '30' })
    expect(sim.context.data.users.get(user.Uuid)!.internal.mfaExemptUntil).toBe(sim.clock.ms + 30 * 60_000)
    sim.clock.advance(29 * 60_000)
    expect(isMfaExempt(sim.context.data.users.get(user.Uuid)!, sim.clock.ms)).toBe(true)
    sim.clock.advance(60_000)
    expect(isMfaExempt(sim.context.data.users.get(user.Uuid)!, sim.clock.ms)).toBe(false)
    await sim.result('/CDirectoryService/ExemptUserFromMfa', { ID: user.Uuid })
    expect(sim.context.data.users.get(user.Uuid)!.internal.mfaExemptUntil).toBe(sim.clock.ms + 10 * 60_000)
    expect(await sim.failure('/CDirectoryService/ExemptUserFromMfa', { ID: user.Uuid, timespan: -5 })).toContain('timespan')
  })

  it('SetUserPicture takes a multipart Picture or base64 File, and refuses what is not an image', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(80)!
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')
    const form = new FormData()
    form.append('Picture', new Blob([png], { type: 'image/png' }), 'me.png')
    const multipart = await sim.request('/CDirectoryService/SetUserPicture', { query: { ID: user.Uuid }, body: form })
    expect(await multipart.json()).toMatchObject({ success: true, Result: '' })
    expect(await sim.result('/UserMgmt/GetUserInfo', { ID: user.Uuid })).toMatchObject({ HasPicture: true })
    expect(await sim.result('/CDirectoryService/SetUserPicture', { File: png.toString('base64') }, { ID: user.Uuid })).toBe('')
    expect(await sim.failure('/CDirectoryService/SetUserPicture', { File: Buffer.from('hello').toString('base64') }, { ID: user.Uuid })).toContain('not a PNG')
  })
})
