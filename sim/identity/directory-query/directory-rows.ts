import type { IdentityData } from '../data/identity-data'
import { IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import type { IdentityUser } from '../data/identity-users'
import { IndexedTable, type TableField } from '../query/indexed-table'
import { EVERYBODY_ROLE } from '../model/user-roles'
import { isEnabled, isLocked, userStatus } from '../model/user-state'

// Rows of /UserMgmt/DirectoryServiceQuery, named as the notes and S1/S2 models name them. Every
// user of this tenant lives in the Cloud Directory (CDS).

const CDS = { ServiceType: 'CDS', ServiceInstance: 'CDS', ServiceInstanceLocalized: 'CyberArk Cloud Directory' } as const

export function directoryUserRow(user: IdentityUser): Record<string, unknown> {
  const status = userStatus(user)
  return {
    // UNSURE: Cloud Directory users have no LDAP DN; the notes' readers need a string, the Uuid serves.
    DistinguishedName: user.Uuid,
    ServiceType: CDS.ServiceType,
    Locked: isLocked(user),
    ObjectType: 'User',
    DisplayName: user.DisplayName,
    Status: status,
    StatusEnum: status,
    ServiceInstance: CDS.ServiceInstance,
    ServiceInstanceLocalized: CDS.ServiceInstanceLocalized,
    SystemName: user.Name,
    Description: user.Description,
    EMail: user.Mail,
    InternalName: user.Uuid,
    Forest: null,
    DirectoryServiceUuid: IDENTITY_DIRECTORY_SERVICE_UUID,
    Enabled: isEnabled(user),
  }
}

/** The users as a filterable, sortable table; fast columns where the data model has them. */
export function directoryUserTable(data: IdentityData): { table: IndexedTable<IdentityUser>; fieldNames: readonly string[] } {
  const { users, userColumns } = data
  const constant = (name: string, value: string) => users.column(`DSQ:${name}`, () => value, () => value)
  const fields = new Map<string, TableField<IdentityUser>>([
    ['DisplayName', { kind: 'text', column: userColumns.displayName }],
    ['SystemName', { kind: 'text', column: userColumns.name }],
    ['EMail', { kind: 'text', column: userColumns.mail }],
    ['InternalName', { kind: 'text', column: userColumns.uuid }],
    ['DistinguishedName', { kind: 'text', column: userColumns.uuid }],
    ['Description', { kind: 'text', column: users.column('DSQ:Description', (user) => user.Description ?? '') }],
    ['Status', { kind: 'text', column: users.column('DSQ:Status', (user) => userStatus(user)) }],
    ['StatusEnum', { kind: 'text', column: users.column('DSQ:Status', (user) => userStatus(user)) }],
    ['Locked', { kind: 'number', column: users.column('DSQ:Locked', (user) => (isLocked(user) ? 1 : 0)) }],
    ['Enabled', { kind: 'number', column: users.column('DSQ:Enabled', (user) => (isEnabled(user) ? 1 : 0)) }],
    ['ServiceType', { kind: 'text', column: constant('ServiceType', CDS.ServiceType) }],
    ['ServiceInstance', { kind: 'text', column: constant('ServiceInstance', CDS.ServiceInstance) }],
    ['ServiceInstanceLocalized', { kind: 'text', column: constant('ServiceInstanceLocalized', CDS.ServiceInstanceLocalized) }],
    ['ObjectType', { kind: 'text', column: constant('ObjectType', 'User') }],
    ['DirectoryServiceUuid', { kind: 'text', column: constant('DirectoryServiceUuid', IDENTITY_DIRECTORY_SERVICE_UUID) }],
    ['Forest', { kind: 'text', column: constant('Forest', '') }],
  ])
  return { table: new IndexedTable('DSQ:User', users, fields, (user) => user.Uuid), fieldNames: [...fields.keys()] }
}

export interface DirectoryRoleRow {
  readonly Name: string
  readonly _ID: string
  readonly AdministrativeRights: readonly { readonly Path: string; readonly ServiceName: string }[]
  readonly IsHidden: boolean
  readonly Description: string | null
}

/** The Cloud Directory's roles, the built-in Everybody first. */
export function directoryRoleRows(data: IdentityData): DirectoryRoleRow[] {
  const roles = [EVERYBODY_ROLE, ...data.roles.values()]
  return roles.map((role) => ({
    Name: role.Name,
    _ID: role.ID,
    AdministrativeRights: role.AdministrativeRights.map((right) => ({ Path: right.Path, ServiceName: right.ServiceName })),
    IsHidden: false,
    Description: role.Description,
  }))
}
