import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import { REDROCK_TYPE, redrockResult } from '../envelope/redrock-result'
import { registerAction, type ActionContext } from '../http/identity-action'
import { pageOf, pageRequest } from '../http/page-args'
import type { IdentityRuntime } from '../identity-runtime'
import { requireOrganization } from '../model/organization-lookup'
import { ORGANIZATION_COLUMNS, organizationRow, organizationView } from '../model/organization-views'

// Org reads: one organization, all of them, and an organization's administrators, rights and roles.

function organizationOf(action: ActionContext) {
  return requireOrganization(action.data, action.args.string('OrgId') ?? action.args.string('ID'))
}

export function registerOrgReads(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  registerAction(app, runtime, '/Org/Get', 'read', (action) => organizationView(organizationOf(action)))

  registerAction(app, runtime, '/Org/ListAll', 'read', (action) => {
    const all = [...action.data.organizations.values()]
    const page = pageRequest(action.args.nested('Args'))
    return redrockResult(ORGANIZATION_COLUMNS, pageOf(all, page).map(organizationRow), all.length)
  })

  // Administrators named as UpdateAdministrators' Grant entries name them.
  registerAction(app, runtime, '/Org/GetAdministrators', 'read', (action) => {
    const organization = organizationOf(action)
    const rows = organization.internal.administratorUuids.flatMap((uuid) => {
      const user = action.data.users.get(uuid)
      if (!user) return []
      const row = { Id: user.Uuid, SystemName: user.Name, DisplayName: user.DisplayName, Type: 'User', DirectoryServiceUuid: IDENTITY_DIRECTORY_SERVICE_UUID }
      return [{ entityType: 'User', key: user.Uuid, row }]
    })
    return redrockResult(
      ['Id', 'SystemName', 'DisplayName', 'Type', 'DirectoryServiceUuid'].map((name) => ({ name, type: REDROCK_TYPE.text })),
      rows,
    )
  })

  // Grants named as UpdatePermission's Grant entries name them.
  registerAction(app, runtime, '/Org/GetPermission', 'read', (action) => {
    const organization = organizationOf(action)
    const rows = organization.internal.permissions.map((grant) => ({ entityType: 'Permission', key: `${grant.Right}:${grant.Principal}`, row: { ...grant } }))
    return redrockResult(['Right', 'Principal', 'PrincipalType'].map((name) => ({ name, type: REDROCK_TYPE.text })), rows)
  })

  // Roles scoped to the organization.
  registerAction(app, runtime, '/Org/GetRoles', 'read', (action) => {
    const organization = organizationOf(action)
    const roles = [...action.data.roles.values()].filter((role) => role.internal.organizationId === organization.ID)
    const rows = roles.map((role) => ({ entityType: 'Role', key: role.ID, row: { ID: role.ID, Name: role.Name, Description: role.Description } }))
    return redrockResult(['ID', 'Name', 'Description'].map((name) => ({ name, type: REDROCK_TYPE.text })), rows)
  })
}
