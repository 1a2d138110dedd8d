import { describe, expect, it } from 'vitest'
import type { RedrockResult } from '../envelope/redrock-result'
import { createIdentityTestSim } from '../test-support/identity-test-sim'

// Org: organizations, their members (OrgPath), administrators, rights and roles.

describe('Org', () => {
  it('Create answers the organization with its ID; Get, ListAll, Update and Delete follow', async () => {
    const sim = await createIdentityTestSim()
    const created = await sim.result<{ ID: string; Name: string; Description: string | null }>('/Org/Create', { Name: 'Acme Labs', Description: 'R&D' })
    expect(created).toEqual({ ID: expect.stringMatching(/^[0-9a-f-]{36}$/), Name: 'Acme Labs', Description: 'R&D' })
    expect(await sim.result('/Org/Get', { OrgId: created.ID })).toEqual(created)
    expect(await sim.failure('/Org/Create', { Name: 'acme labs' })).toContain('already exists')

    const list = await sim.result<RedrockResult>('/Org/ListAll')
    expect(list.FullCount).toBe(25)
    expect(list.Results.at(-1)).toMatchObject({ Entities: [{ Type: 'Organization', Key: created.ID }], Row: created })

    await sim.result('/Org/Update', { OrgId: created.ID, Name: 'Acme Research' })
    expect(await sim.result('/Org/Get', { OrgId: created.ID })).toMatchObject({ Name: 'Acme Research', Description: 'R&D' })
    await sim.result('/Org/Delete', { OrgId: created.ID })
    expect(await sim.failure('/Org/Get', { OrgId: created.ID })).toContain('not found')
  })

  it('ChangeMemberShip moves users in and out; renames and deletion show in OrgPath', async () => {
    const sim = await createIdentityTestSim()
    const organization = await sim.result<{ ID: string }>('/Org/Create', { Name: 'Moonshot' })
    const [a, b] = [sim.context.data.users.at(40)!, sim.context.data.users.at(41)!]
    await sim.result('/Org/ChangeMemberShip', { OrgId: organization.ID, Add: [{ ID: a.Uuid, Type: 'User' }, { ID: b.Name, Type: 'User' }] })
    expect(await sim.result('/UserMgmt/GetUserAttributes', { ID: a.Uuid })).toMatchObject({ OrgPath: 'Moonshot' })
    await sim.result('/Org/ChangeMembership', { OrgId: organization.ID, Remove: [{ ID: b.Uuid, Type: 'User' }] })
    expect(await sim.result('/UserMgmt/GetUserAttributes', { ID: b.Uuid })).toMatchObject({ OrgPath: null })
    await sim.result('/Org/Update', { OrgId: organization.ID, Name: 'Moonshot 2' })
    expect(await sim.result('/UserMgmt/GetUserAttributes', { ID: a.Uuid })).toMatchObject({ OrgPath: 'Moonshot 2' })
    await sim.result('/Org/Delete', { OrgId: organization.ID })
    expect(await sim.result('/UserMgmt/GetUserAttributes', { ID: a.Uuid })).toMatchObject({ OrgPath: null })
    expect(await sim.failure('/Org/ChangeMemberShip', { OrgId: organization.ID, Add: [{ ID: a.Uuid, Type: 'User' }] })).toContain('not found')
  })

  it('UpdateAdministrators grants and revokes; GetAdministrators lists them', async () => {
    const sim = await createIdentityTestSim()
    const organization = sim.context.data.organizations.at(0)!
    const user = sim.context.data.users.at(77)!
    await sim.result('/Org/UpdateAdministrators', { OrgId: organization.ID, Grant: [{ DirectoryServiceUuid: 'x', Id: user.Uuid, SystemName: user.Name, Type: 'User' }] })
    const administrators = await sim.result<RedrockResult>('/Org/GetAdministrators', { OrgId: organization.ID })
    expect(administrators.Results.map((result) => result.Row.Id)).toContain(user.Uuid)
    expect(administrators.Results.find((result) => result.Row.Id === user.Uuid)!.Row).toMatchObject({ SystemName: user.Name, Type: 'User' })
    await sim.result('/Org/UpdateAdministrators', { OrgId: organization.ID, Revoke: [{ Id: user.Uuid }] })
    const after = await sim.result<RedrockResult>('/Org/GetAdministrators', { OrgId: organization.ID })
    expect(after.Results.map((result) => result.Row.Id)).not.toContain(user.Uuid)
  })

  it('UpdatePermission grants and revokes rights; GetPermission lists them; GetRoles lists scoped roles', async () => {
    const sim = await createIdentityTestSim()
    const organization = sim.context.data.organizations.at(1)!
    const user = sim.context.data.users.at(12)!
    await sim.result('/Org/UpdatePermission', { OrgId: organization.ID, Grant: [{ Right: 'View', Principal: user.Name, PrincipalType: 'User' }, { Right: 'Edit', Principal: 'sysadmin', PrincipalType: 'Role' }] })
    await sim.result('/Org/UpdatePermission', { OrgId: organization.ID, Revoke: [{ Right: 'edit', Principal: 'SYSADMIN' }] })
    const rights = await sim.result<RedrockResult>('/Org/GetPermission', { OrgId: organization.ID })
    expect(rights.Results.map((result) => result.Row)).toEqual([{ Right: 'View', Principal: user.Name, PrincipalType: 'User' }])
    expect(await sim.failure('/Org/UpdatePermission', { OrgId: organization.ID, Grant: [{ Right: 'View', Principal: 'ghost', PrincipalType: 'Group' }] })).toContain('not supported')

    const scoped = sim.context.data.roles.slice(0, 100).find((role) => role.internal.organizationId !== null)!
    const roles = await sim.result<RedrockResult>('/Org/GetRoles', { OrgId: scoped.internal.organizationId })
    expect(roles.Results.map((result) => result.Row.ID)).toContain(scoped.ID)
  })
})

describe('Core/GetUserSettings and User/UpdateProfile', () => {
  it('GetUserSettings answers an empty table, by body or query ID', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(8)!
    const empty = { IsAggregate: false, Count: 0, Columns: [], FullCount: 0, Results: [], ReturnID: '' }
    expect(await sim.result('/Core/GetUserSettings', { ID: user.Uuid, SettingsType: '' })).toEqual(empty)
    expect(await sim.result('/Core/GetUserSettings', undefined, { ID: user.Uuid, SettingType: 'Any' })).toEqual(empty)
    expect(await sim.failure('/Core/GetUserSettings', { ID: 'ghost@gatehouse.sim' })).toContain('not found')
  })

  it('UpdateProfile changes the profile fields', async () => {
    const sim = await createIdentityTestSim()
    const user = sim.context.data.users.at(9)!
    await sim.result('/User/UpdateProfile', { ID: user.Uuid, DisplayName: 'New Face', OfficeNumber: '+1 555 999 0000', VerifyEmail: false })
    expect(await sim.result('/UserMgmt/GetUserAttributes', { ID: user.Uuid })).toMatchObject({ DisplayName: 'New Face', OfficeNumber: '+1 555 999 0000' })
  })
})
