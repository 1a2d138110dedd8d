import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import { IDENTITY_DIRECTORY_SERVICE_UUID } from '../data/identity-tenant'
import type { IdentityUser } from '../data/identity-users'
import { notFound } from '../envelope/identity-api-error'
import { REDROCK_TYPE, redrockResult, type RedrockColumnSpec } from '../envelope/redrock-result'
import { registerAction, type ActionContext } from '../http/identity-action'
import { pageOf, pageRequest } from '../http/page-args'
import type { IdentityRuntime } from '../identity-runtime'
import { requireUser } from '../model/user-lookup'
import { managerName } from '../model/user-relations'
import { rolesOfUser } from '../model/user-roles'
import { isLockedOutByPolicy } from '../model/user-state'
import { compareNoCase } from '../query/no-case-order'
import { userAttributesView, userInfoView } from '../model/user-views'

// UserMgmt reads: a user's profile, attributes, reporting line, risk, roles and lock state.

const ROLE_COLUMNS: readonly RedrockColumnSpec[] = [
  { name: 'ID', type: REDROCK_TYPE.text },
  { name: 'Name', type: REDROCK_TYPE.text },
  { name: 'Description', type: REDROCK_TYPE.text },
  { name: 'AdministrativeRights', type: REDROCK_TYPE.list },
  { name: 'Role', type: REDROCK_TYPE.text },
  { name: 'RoleName', type: REDROCK_TYPE.text },
  { name: 'OrgPath', type: REDROCK_TYPE.unspecified },
]

const HIERARCHY_COLUMNS: readonly RedrockColumnSpec[] = [
  { name: 'Uuid', type: REDROCK_TYPE.text },
  { name: 'Name', type: REDROCK_TYPE.text },
  { name: 'DisplayName', type: REDROCK_TYPE.text },
  { name: 'ReportsTo', type: REDROCK_TYPE.text },
]

/** The user an argument names (Uuid or login), or the caller when it is absent or empty. */
function targetUser(action: ActionContext, ...names: string[]): IdentityUser {
  const given = names.map((name) => action.args.string(name)).find((value) => value !== undefined && value !== null && value.trim() !== '')
  return given ? requireUser(action.data, given, names[0]) : action.caller
}

export function registerUserMgmtUserReads(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  registerAction(app, runtime, '/UserMgmt/GetUserInfo', 'authenticated', (action) => {
    const user = targetUser(action, 'ID')
    action.requireFor(user, 'read')
    return userInfoView(action.data, user)
  })

  registerAction(app, runtime, '/UserMgmt/GetUserAttributes', 'authenticated', (action) => {
    const user = targetUser(action, 'ID')
    const directory = action.args.string('directoryServiceUuid')
    if (directory && directory.toLowerCase() !== IDENTITY_DIRECTORY_SERVICE_UUID) throw notFound(`Directory service '${directory}' was not found.`)
    action.requireFor(user, 'read')
    return userAttributesView(action.data, user)
  })

  // The reporting line, from the user up to the top (UNSURE shape, see sim/README.md).
  registerAction(app, runtime, '/UserMgmt/GetUserHierarchy', 'authenticated', (action) => {
    const user = targetUser(action, 'ID', 'user')
    action.requireFor(user, 'read')
    const chain: IdentityUser[] = []
    const seen = new Set<string>()
    for (let current: IdentityUser | undefined = user; current && !seen.has(current.Uuid); ) {
      chain.push(current)
      seen.add(current.Uuid)
      current = current.ReportsTo === null ? undefined : action.data.users.get(current.ReportsTo)
    }
    const rows = chain.map((member) => ({
      entityType: 'User',
      key: member.Uuid,
      row: { Uuid: member.Uuid, Name: member.Name, DisplayName: member.DisplayName, ReportsTo: managerName(action.data, member) },
    }))
    return redrockResult(HIERARCHY_COLUMNS, rows)
  })

  registerAction(app, runtime, '/UserMgmt/GetUserRiskLevel', 'read', (action) => {
    const user = targetUser(action, 'ID')
    return { Uuid: user.Uuid, RiskLevel: user.RiskLevel }
  })

  // ID in the query (S3/S5) or body (S6), Redrock `Args` to page and sort.
  registerAction(app, runtime, '/UserMgmt/GetUsersRolesAndAdministrativeRights', 'authenticated', (action) => {
    const user = targetUser(action, 'ID')
    action.requireFor(user, 'read')
    const page = pageRequest(action.args.nested('Args'))
    const rows = rolesOfUser(action.data, user).map((role) => ({
      RoleName: role.Name,
      Name: role.Name,
      ID: role.ID,
      AdministrativeRights: role.AdministrativeRights,
      OrgPath: role.organizationId === null ? null : (action.data.organizations.get(role.organizationId)?.Name ?? null),
      Description: role.Description,
      Role: role.ID,
    }))
    if (page.sortBy) sortRows(rows, page.sortBy, page.descending)
    return redrockResult(
      ROLE_COLUMNS,
      pageOf(rows, page).map((row) => ({ entityType: 'Role', key: row.ID, row })),
      rows.length,
    )
  })

  // `?user=<uuid or name>`; empty means the caller.
  registerAction(app, runtime, '/UserMgmt/IsUserCloudLocked', 'authenticated', (action) => {
    const user = targetUser(action, 'user', 'ID')
    action.requireFor(user, 'read')
    return user.LockedByAdmin
  })

  registerAction(app, runtime, '/UserMgmt/IsUserLockedOutByPolicy', 'authenticated', (action) => {
    const user = targetUser(action, 'user', 'ID')
    action.requireFor(user, 'read')
    return isLockedOutByPolicy(user)
  })
}

function sortRows(rows: Record<string, unknown>[], column: string, descending: boolean): void {
  const key = Object.keys(rows[0] ?? {}).find((name) => name.toLowerCase() === column.toLowerCase())
  if (!key) return
  const text = (value: unknown) => (value === null || value === undefined ? '' : String(value))
  rows.sort((a, b) => (descending ? -1 : 1) * compareNoCase(text(a[key]), text(b[key])))
}
