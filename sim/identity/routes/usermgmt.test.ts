import { describe, expect, it } from 'vitest'
import { IDENTITY_DEMO_SERVICE_USER, IDENTITY_TENANT_ID } from '../data/identity-tenant'
import type { RedrockResult } from '../envelope/redrock-result'
import { POLICY_LOCKOUT_THRESHOLD } from '../model/user-state'
import { compareNoCase } from '../query/no-case-order'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// UserMgmt: profiles, hierarchy, risk, roles, lock state, deletion, passwords, invitations.

describe('UserMgmt reads', () => {
  it('GetUserInfo shows the authentication profile, by query or body ID', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(3)!
    const info = await sim.result<Record<string, unknown>>('/UserMgmt/GetUserInfo', undefined, { ID: user.Uuid })
    expect(info).toMatchObject({ TenantId: IDENTITY_TENANT_ID, Id: user.Uuid, Name: user.Name, DirectoryServiceType: 'CDS', IsSysAdmin: true, PasswordChangeSoftDays: 14 })
    expect(info.MfaSetupWizardSettings).toMatchObject({ ShowMfaSetupWizard: false })
    expect(await sim.result('/UserMgmt/GetUserInfo', { ID: user.Uuid })).toEqual(info)
  })

  it('GetUserAttributes takes an optional directoryServiceUuid and answers the attribute set', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(4)!
    const attributes = await sim.result<Record<string, unknown>>('/UserMgmt/GetUserAttributes', { ID: user.Uuid, directoryServiceUuid: '' })
    expect(attributes).toMatchObject({ Uuid: user.Uuid, InEverybodyRole: true, OauthClient: false, State: expect.any(String) })
    expect(await sim.failure('/UserMgmt/GetUserAttributes', { ID: user.Uuid, DirectoryServiceUuid: '11111111-1111-4111-8111-111111111111' })).toContain('not found')
  })

  it('GetUserHierarchy walks the reporting line up to the top', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(250)!
    const hierarchy = await sim.result<RedrockResult>('/UserMgmt/GetUserHierarchy', { ID: user.Uuid })
    const chain = hierarchy.Results.map((result) => result.Row.Uuid)
    expect(chain[0]).toBe(user.Uuid)
    expect(chain[1]).toBe(user.ReportsTo)
    expect(hierarchy.Results.at(-1)!.Row.ReportsTo).toBeNull()
  })

  it('GetUserRiskLevel answers Uuid and RiskLevel', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(5)!
    expect(await sim.result('/UserMgmt/GetUserRiskLevel', { ID: user.Uuid })).toEqual({ Uuid: user.Uuid, RiskLevel: user.RiskLevel })
  })

  it('GetUsersRolesAndAdministrativeRights lists Everybody and the user roles, paged and sorted by Args', async () => {
    const sim = await createIdentityTestSim()
    const admin = sim.context.data.users.at(2)!
    const roles = await sim.result<RedrockResult>('/UserMgmt/GetUsersRolesAndAdministrativeRights', { Args: { PageNumber: 1, PageSize: 100, SortBy: 'RoleName' } }, { ID: admin.Uuid })
    const names = roles.Results.map((result) => result.Row.RoleName as string)
    expect(names).toContain('Everybody')
    expect(names).toContain('System Administrator')
    expect(names).toEqual([...names].sort(compareNoCase))
    const everybody = roles.Results.find((result) => result.Row.ID === 'Everybody')!
    expect(everybody).toMatchObject({ Entities: [{ Type: 'Role', Key: 'Everybody', IsForeignKey: false }], Row: { Name: 'Everybody', Role: 'Everybody', AdministrativeRights: [], OrgPath: null } })
    expect(Object.keys(everybody.Row).sort()).toEqual(['AdministrativeRights', 'Description', 'ID', 'Name', 'OrgPath', 'Role', 'RoleName'])
    const sysadmin = roles.Results.find((result) => result.Row.ID === 'sysadmin')!
    expect(sysadmin.Row.AdministrativeRights).toEqual([{ Description: 'System Administrator', Path: '/lib/rights/superduper.json', ServiceName: 'Admin Portal' }])
    const firstOnly = await sim.result<RedrockResult>('/UserMgmt/GetUsersRolesAndAdministrativeRights', { ID: admin.Uuid, Args: { PageNumber: 1, PageSize: 1 } })
    expect(firstOnly).toMatchObject({ Count: 1, FullCount: roles.FullCount })
  })

  it('IsUserLockedOutByPolicy follows the failed sign-ins the data carries; unlocking clears them', async () => {
    const sim = await createIdentityTestSim()
    const users = sim.context.data.users.slice(0, 300)
    const lockedOut = users.find((user) => user.internal.failedSignIns >= POLICY_LOCKOUT_THRESHOLD)!
    const fine = users.find((user) => user.internal.failedSignIns === 0)!
    expect(await sim.result('/UserMgmt/IsUserLockedOutByPolicy', undefined, { user: lockedOut.Uuid })).toBe(true)
    expect(await sim.result('/UserMgmt/IsUserLockedOutByPolicy', undefined, { user: fine.Name })).toBe(false)
    expect(await sim.result('/UserMgmt/IsUserLockedOutByPolicy', undefined, { user: '' })).toBe(false)
    await sim.result('/UserMgmt/SetCloudLock', undefined, { user: lockedOut.Uuid, lockUser: 'false' })
    expect(await sim.result('/UserMgmt/IsUserLockedOutByPolicy', undefined, { user: lockedOut.Uuid })).toBe(false)

    const another = users.filter((user) => user.internal.failedSignIns >= POLICY_LOCKOUT_THRESHOLD)[1]!
    await sim.result('/CDirectoryService/SetUserState', { ID: another.Uuid, state: 'None' })
    expect(await sim.result('/UserMgmt/IsUserLockedOutByPolicy', undefined, { user: another.Uuid })).toBe(false)
  })
})

describe('UserMgmt changes', () => {
  it('SetCloudLock locks and unlocks; IsUserCloudLocked answers a boolean', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.slice(1, 300).find((candidate) => !candidate.LockedByAdmin)!
    expect(await sim.result('/UserMgmt/IsUserCloudLocked', undefined, { user: user.Uuid })).toBe(false)
    expect(await sim.result('/UserMgmt/SetCloudLock', undefined, { user: user.Uuid, lockUser: 'true' })).toBeNull()
    expect(await sim.result('/UserMgmt/IsUserCloudLocked', undefined, { user: user.Uuid })).toBe(true)
    expect(await sim.failure('/UserMgmt/SetCloudLock', undefined, { user: user.Uuid })).toContain('lockUser')
    expect(await sim.failure('/UserMgmt/SetCloudLock', undefined, { user: IDENTITY_DEMO_SERVICE_USER.name, lockUser: 'true' })).toContain('own account')
  })

  it('ChangeUserAttributes changes attributes but not the login', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(90)!
    const organization = sim.context.data.organizations.at(5)!
    await sim.result('/UserMgmt/ChangeUserAttributes', { ID: user.Uuid, MobileNumber: '+1 555 123 4567', OrgPath: organization.ID, Name: 'ignored@gatehouse.sim' })
    expect(await sim.result('/UserMgmt/GetUserAttributes', { ID: user.Uuid })).toMatchObject({ MobileNumber: '+1 555 123 4567', OrgPath: organization.Name, Name: user.Name })
  })

  it('RemoveUsers deletes all listed users or, if one is unknown, none', async () => {
    const sim = await createIdentityTestSim()
    const [a, b] = [sim.context.data.users.at(100)!, sim.context.data.users.at(101)!]
    expect(await sim.failure('/UserMgmt/RemoveUsers', { Users: [a.Uuid, '00000000-0000-4000-8000-000000000000'] })).toContain('not found')
    expect(sim.context.data.users.size).toBe(300)
    await sim.result('/UserMgmt/RemoveUsers', { Users: [a.Uuid, b.Uuid] })
    expect(sim.context.data.users.size).toBe(298)
  })

  it('ResetUserPassword enforces the password policy and stamps the change', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(110)!
    expect(await sim.failure('/UserMgmt/ResetUserPassword', { ID: user.Uuid, newPassword: 'short' })).toContain('password policy')
    sim.clock.advance(1_000)
    await sim.result('/UserMgmt/ResetUserPassword', { ID: user.Uuid, newPassword: 'Long-enough-1' })
    expect(await sim.result('/CDirectoryService/GetUser', { ID: user.Uuid })).toMatchObject({ LastPasswordChangeDate: `/Date(${sim.clock.ms})/` })
  })

  it('SignOutEverywhere ends every token of the user', async () => {
    const sim = await createIdentityTestSim()
    expect(await sim.result('/UserMgmt/SignOutEverywhere', undefined, { ID: sim.context.data.users.at(0)!.Uuid })).toBeNull()
    expect((await sim.request('/CDirectoryService/GetUserAttributes')).status).toBe(401)
  })

  it('InviteUsers, SendLoginEmails and SendSmsInvite send to the users addresses (the outbox)', async () => {
    const sim = await createIdentityTestSim()
    const users = sim.context.data.users.slice(1, 300).filter((user) => user.Mail && user.MobileNumber)
    const [a, b, c] = users as [typeof users[0], typeof users[0], typeof users[0]]
    const role = sim.context.data.roles.at(3)!
    await sim.result('/UserMgmt/InviteUsers', { EmailInvite: true, SmsInvite: true, Role: role.Name, Entities: [{ Type: 'User', Guid: a.Uuid }, { Type: 'User', Name: b.Name }] })
    await sim.result('/UserMgmt/SendLoginEmails', { ID: [c.Uuid] })
    await sim.result('/UserMgmt/SendSmsInvite', undefined, { ID: c.Uuid })
    const sent = sim.context.data.outbox.slice(0, 100).map((message) => `${message.kind}/${message.channel}/${message.to}`)
    expect(sent).toEqual([
      `Invitation/Email/${a.Mail}`, `Invitation/SMS/${a.MobileNumber}`,
      `Invitation/Email/${b.Mail}`, `Invitation/SMS/${b.MobileNumber}`,
      `LoginEmail/Email/${c.Mail}`, `Invitation/SMS/${c.MobileNumber}`,
    ])
    const roles = await sim.result<RedrockResult>('/UserMgmt/GetUsersRolesAndAdministrativeRights', { ID: a.Uuid })
    expect(roles.Results.map((result) => result.Row.ID)).toContain(role.ID)
    expect(await sim.failure('/UserMgmt/InviteUsers', { Entities: [{ Type: 'Group', Name: 'Finance' }] })).toContain('not found')
  })
})
