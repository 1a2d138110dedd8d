import { randomUUID } from 'node:crypto'
import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import type { IdentityData } from '../data/identity-data'
import type { IdentityOrganization, IdentityOrganizationPermission } from '../data/identity-organizations'
import type { IdentityUser } from '../data/identity-users'
import { badArgument, IdentityApiError, notFound } from '../envelope/identity-api-error'
import { asText } from '../http/identity-args'
import { registerAction, type ActionContext } from '../http/identity-action'
import type { IdentityRuntime } from '../identity-runtime'
import { findOrganization, requireOrganization } from '../model/organization-lookup'
import { organizationView } from '../model/organization-views'
import { findUser } from '../model/user-lookup'
import { findRole } from '../model/user-roles'
import { changeUser } from '../model/user-change'

// Org changes. Membership is one organization per user (OrgPath); a renamed or deleted
// organization shows in every user's OrgPath at once, because users keep its ID.

function organizationOf(action: ActionContext): IdentityOrganization {
  return requireOrganization(action.data, action.args.string('OrgId') ?? action.args.string('ID'))
}

function checkNameFree(data: IdentityData, name: string, self: IdentityOrganization | null): string {
  const trimmed = name.trim()
  if (trimmed === '') throw badArgument("Parameter 'Name' must be specified.")
  const holder = findOrganization(data, trimmed)
  if (holder && holder.ID !== self?.ID && holder.Name.toLowerCase() === trimmed.toLowerCase()) throw badArgument(`An organization named '${trimmed}' already exists.`)
  return trimmed
}

/** Entries of Add/Remove/Grant/Revoke lists, with case-insensitive member names. */
function entries(action: ActionContext, name: string): Map<string, unknown>[] {
  return (action.args.list(name) ?? []).map((entry) => {
    if (typeof entry !== 'object' || entry === null) throw badArgument(`Each entry of '${name}' must be an object.`)
    return new Map(Object.entries(entry).map(([key, value]) => [key.toLowerCase(), value]))
  })
}

function userEntry(data: IdentityData, entry: Map<string, unknown>, list: string): IdentityUser {
  const type = asText('Type', entry.get('type')) ?? 'User'
  if (type.toLowerCase() !== 'user') throw badArgument(`Only users can be listed in '${list}', not '${type}'.`)
  const key = asText('ID', entry.get('id')) ?? asText('SystemName', entry.get('systemname'))
  if (!key) throw badArgument(`Each entry of '${list}' needs an ID.`)
  const user = findUser(data, key)
  if (!user) throw notFound(`User '${key}' was not found.`)
  return user
}

export function registerOrgWrites(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  registerAction(app, runtime, '/Org/Create', 'sysadmin', (action) => {
    const organization: IdentityOrganization = {
      ID: randomUUID(),
      Name: checkNameFree(action.data, action.args.requiredString('Name'), null),
      Description: action.args.string('Description') ?? null,
      internal: { administratorUuids: [], permissions: [] },
    }
    action.data.organizations.create(organization.ID, organization)
    return organizationView(organization)
  })

  registerAction(app, runtime, '/Org/Update', 'sysadmin', (action) => {
    const organization = organizationOf(action)
    const name = action.args.string('Name')
    const description = action.args.string('Description')
    action.data.organizations.put(organization.ID, {
      ...organization,
      Name: name === undefined || name === null ? organization.Name : checkNameFree(action.data, name, organization),
      Description: description === undefined ? organization.Description : description,
    })
    return null
  })

  registerAction(app, runtime, '/Org/Delete', 'sysadmin', (action) => {
    action.data.organizations.delete(organizationOf(action).ID)
    return null
  })

  // Add moves users into the organization; Remove takes them out if they are in it.
  registerAction(app, runtime, '/Org/ChangeMemberShip', 'manage', (action) => {
    const organization = organizationOf(action)
    const added = entries(action, 'Add').map((entry) => userEntry(action.data, entry, 'Add'))
    const removed = entries(action, 'Remove').map((entry) => userEntry(action.data, entry, 'Remove'))
    for (const user of added) {
      changeUser(action.data, user, (draft) => ({ ...draft, OrgPath: organization.Name, internal: { ...draft.internal, organizationId: organization.ID } }), action.now())
    }
    for (const user of removed) {
      const current = action.data.users.get(user.Uuid) as IdentityUser
      if (current.internal.organizationId !== organization.ID) continue
      changeUser(action.data, current, (draft) => ({ ...draft, OrgPath: null, internal: { ...draft.internal, organizationId: null } }), action.now())
    }
    return null
  })

  registerAction(app, runtime, '/Org/UpdateAdministrators', 'sysadmin', (action) => {
    const organization = organizationOf(action)
    const granted = entries(action, 'Grant').map((entry) => userEntry(action.data, entry, 'Grant').Uuid)
    const revoked = new Set(entries(action, 'Revoke').map((entry) => userEntry(action.data, entry, 'Revoke').Uuid))
    const administrators = [...new Set([...organization.internal.administratorUuids, ...granted])].filter((uuid) => !revoked.has(uuid))
    action.data.organizations.put(organization.ID, { ...organization, internal: { ...organization.internal, administratorUuids: administrators } })
    return null
  })

  // Grant/Revoke `{Right, Principal, PrincipalType}`; principals are users or roles of the tenant.
  registerAction(app, runtime, '/Org/UpdatePermission', 'sysadmin', (action) => {
    const organization = organizationOf(action)
    const grants = entries(action, 'Grant').map((entry) => permissionEntry(action.data, entry))
    const revokes = entries(action, 'Revoke').map((entry) => ({
      right: (asText('Right', entry.get('right')) ?? '').toLowerCase(),
      principal: (asText('Principal', entry.get('principal')) ?? '').toLowerCase(),
    }))
    const isRevoked = (grant: IdentityOrganizationPermission) =>
      revokes.some((revoke) => revoke.right === grant.Right.toLowerCase() && revoke.principal === grant.Principal.toLowerCase())
    const kept = organization.internal.permissions.filter((grant) => !isRevoked(grant))
    for (const grant of grants) {
      const duplicate = kept.some((existing) => existing.Right === grant.Right && existing.Principal === grant.Principal)
      if (!duplicate) kept.push(grant)
    }
    action.data.organizations.put(organization.ID, { ...organization, internal: { ...organization.internal, permissions: kept } })
    return null
  })
}

function permissionEntry(data: IdentityData, entry: Map<string, unknown>): IdentityOrganizationPermission {
  const right = asText('Right', entry.get('right'))?.trim()
  const principal = asText('Principal', entry.get('principal'))?.trim()
  const type = asText('PrincipalType', entry.get('principaltype'))?.trim() || 'User'
  if (!right || !principal) throw badArgument('Each Grant needs a Right and a Principal.')
  if (type.toLowerCase() === 'user') {
    if (!findUser(data, principal)) throw notFound(`User '${principal}' was not found.`)
    return { Right: right, Principal: principal, PrincipalType: 'User' }
  }
  if (type.toLowerCase() === 'role') {
    if (!findRole(data, principal)) throw notFound(`Role '${principal}' was not found.`)
    return { Right: right, Principal: principal, PrincipalType: 'Role' }
  }
  throw new IdentityApiError(`Principal type '${type}' is not supported: use User or Role.`, 'argument')
}
