import { describe, expect, it } from 'vitest'
import {
  administratorsArgs,
  membershipArgs,
  organizationArgs,
  permissionsArgs,
  redrockFullCount,
  redrockRows,
  toAdministrator,
  toOrganization,
  toOrgRole,
  toPermission,
} from './identity-organizations'

describe('Org/* answers', () => {
  it('reads an organization as Create, Get and ListAll rows answer it', () => {
    expect(toOrganization({ ID: 'o1', Name: 'Acme', Description: 'R&D' })).toEqual({ id: 'o1', name: 'Acme', description: 'R&D' })
    expect(toOrganization({ ID: 'o2', Name: 'Empty', Description: '' })).toEqual({ id: 'o2', name: 'Empty', description: null })
    expect(() => toOrganization({ Name: 'no id' })).toThrow(/ID and Name/)
    expect(() => toOrganization(null)).toThrow()
  })

  it('reads Redrock tables and their FullCount', () => {
    const table = { Results: [{ Entities: [], Row: { ID: 'a' } }, { Row: null }], FullCount: 9 }
    expect(redrockRows(table, 'x')).toEqual([{ ID: 'a' }])
    expect(redrockFullCount(table)).toBe(9)
    expect(redrockFullCount({})).toBeNull()
    expect(() => redrockRows('nope', 'Org/ListAll')).toThrow(/Org\/ListAll/)
  })

  it('reads administrators, rights and roles', () => {
    expect(toAdministrator({ Id: 'u1', SystemName: 'ann@x', DisplayName: 'Ann', Type: 'User' })).toEqual({ id: 'u1', username: 'ann@x', displayName: 'Ann', type: 'User' })
    expect(toAdministrator({ SystemName: 'no id' })).toBeNull()
    expect(toPermission({ Right: 'View', Principal: 'sysadmin', PrincipalType: 'role' })).toEqual({ right: 'View', principal: 'sysadmin', principalType: 'Role' })
    expect(toPermission({ Right: 'View' })).toBeNull()
    expect(toOrgRole({ ID: 'r_1', Name: 'Auditors', Description: null })).toEqual({ id: 'r_1', name: 'Auditors', description: null })
  })
})

describe('Org/* requests', () => {
  it('names fields as the vendor notes do', () => {
    expect(organizationArgs({ name: 'Acme', description: '' })).toEqual({ Name: 'Acme', Description: '' })
    expect(membershipArgs('o1', ['u1'], ['u2'])).toEqual({ OrgId: 'o1', Add: [{ ID: 'u1', Type: 'User' }], Remove: [{ ID: 'u2', Type: 'User' }] })
    expect(administratorsArgs('o1', [{ id: 'u1', username: 'ann@x', directoryServiceUuid: 'd1' }, { id: 'u3', username: 'bob@x', directoryServiceUuid: null }], ['u2'])).toEqual({
      OrgId: 'o1',
      Grant: [
        { DirectoryServiceUuid: 'd1', Id: 'u1', SystemName: 'ann@x', Type: 'User' },
        { Id: 'u3', SystemName: 'bob@x', Type: 'User' },
      ],
      Revoke: [{ Id: 'u2' }],
    })
    expect(permissionsArgs('o1', [{ right: 'View', principal: 'ann@x', principalType: 'User' }], [{ right: 'Edit', principal: 'sysadmin' }])).toEqual({
      OrgId: 'o1',
      Grant: [{ Right: 'View', Principal: 'ann@x', PrincipalType: 'User' }],
      Revoke: [{ Right: 'Edit', Principal: 'sysadmin' }],
    })
  })
})
