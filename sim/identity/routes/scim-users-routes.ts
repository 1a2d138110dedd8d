import type { Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import type { IdentityData } from '../data/identity-data'
import { passwordSha256, type IdentityUser } from '../data/identity-users'
import type { IdentityRuntime } from '../identity-runtime'
import { IndexedTable, type TableField } from '../query/indexed-table'
import { addUser, buildNewUser } from '../model/user-creation'
import { applyUserFieldChanges } from '../model/user-fields'
import { findUserByName, findUserByUuid } from '../model/user-lookup'
import { deleteUser } from '../model/user-removal'
import { formatState, stateFlags } from '../model/user-state'
import { checkPassword } from '../model/password-policy'
import { projectResource, scimComparisonMatches, scimListQuery, type ScimFilter } from '../scim/scim-list-query'
import { ScimError, scimListResponse } from '../scim/scim-response'
import { registerScimRoute, scimBody } from '../scim/scim-route'
import { scimUserInput, scimUserResource, type ScimUserInput } from '../scim/scim-user-resource'

// SCIM Users over the Cloud Directory: list (filter userName / emails.value / displayName with
// eq, sw, co, ew), read, create (201), replace (PUT, 200) and delete (204).

/** SCIM attribute → table field; these can be filtered and sorted on. */
const SCIM_USER_FIELDS: Readonly<Record<string, string>> = {
  username: 'userName',
  displayname: 'displayName',
  'name.formatted': 'displayName',
  'emails.value': 'emails.value',
  emails: 'emails.value',
  id: 'id',
}

function scimUserTable(data: IdentityData): IndexedTable<IdentityUser> {
  const fields = new Map<string, TableField<IdentityUser>>([
    ['userName', { kind: 'text', column: data.userColumns.name }],
    ['displayName', { kind: 'text', column: data.userColumns.displayName }],
    ['emails.value', { kind: 'text', column: data.userColumns.mail }],
    ['id', { kind: 'text', column: data.userColumns.uuid }],
  ])
  return new IndexedTable('SCIM:User', data.users, fields, (user) => user.Uuid)
}

function scimField(attribute: string): string {
  const field = SCIM_USER_FIELDS[attribute.toLowerCase()]
  if (!field) throw new ScimError(400, `Filtering on '${attribute}' is not supported: use userName or emails.value.`, 'invalidFilter')
  return field
}

export function registerScimUsersRoutes(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  const table = scimUserTable(runtime.data)

  registerScimRoute(app, runtime, 'get', '/users', 'read', (c) => {
    const query = scimListQuery(new URL(c.req.url).searchParams)
    const sortField = query.sortBy ? SCIM_USER_FIELDS[query.sortBy.toLowerCase()] : undefined
    const { items, total } = table.query({
      predicate: query.filter ? filterPredicate(query.filter) : undefined,
      sort: sortField ? { field: sortField, descending: query.descending } : undefined,
      offset: query.startIndex - 1,
      limit: query.count,
    })
    const resources = items.map((user) => projectResource(scimUserResource(c, runtime.data, user), query))
    return c.json(scimListResponse(resources, total, query.startIndex))
  })

  registerScimRoute(app, runtime, 'get', '/users/:id', 'read', (c) => c.json(scimUserResource(c, runtime.data, requireScimUser(runtime.data, c.req.param('id') ?? ''))))

  registerScimRoute(app, runtime, 'post', '/users', 'manage', async (c) => {
    const input = scimUserInput(await scimBody(c))
    if (findUserByName(runtime.data, input.changes.Name)) throw new ScimError(409, `User '${input.changes.Name}' already exists.`, 'uniqueness')
    const created = buildNewUser(runtime.data, { changes: input.changes, password: input.password, givenName: input.givenName, familyName: input.familyName }, runtime.now())
    const user: IdentityUser = input.active ? created : { ...created, LockedByAdmin: true }
    addUser(runtime.data, user)
    const resource = scimUserResource(c, runtime.data, user)
    c.header('Location', (resource.meta as { location: string }).location)
    return c.json(resource, 201)
  })

  registerScimRoute(app, runtime, 'put', '/users/:id', 'manage', async (c) => {
    const user = requireScimUser(runtime.data, c.req.param('id') ?? '')
    const input = scimUserInput(await scimBody(c))
    const holder = findUserByName(runtime.data, input.changes.Name)
    if (holder && holder.Uuid !== user.Uuid) throw new ScimError(409, `User '${input.changes.Name}' already exists.`, 'uniqueness')
    const replaced = replaceUser(runtime.data, user, input, runtime.now())
    runtime.data.users.put(user.Uuid, replaced)
    return c.json(scimUserResource(c, runtime.data, replaced))
  })

  registerScimRoute(app, runtime, 'delete', '/users/:id', 'manage', (c, caller) => {
    const user = requireScimUser(runtime.data, c.req.param('id') ?? '')
    if (user.Uuid === caller.Uuid) throw new ScimError(400, 'You cannot delete your own account.', 'mutability')
    deleteUser(runtime, user)
    return c.body(null, 204)
  })
}

function requireScimUser(data: IdentityData, id: string): IdentityUser {
  const user = findUserByUuid(data, id)
  if (!user) throw new ScimError(404, 'User not found')
  return user
}

/** PUT replaces: what the body leaves out is cleared; active=false is the cloud lock. */
function replaceUser(data: IdentityData, user: IdentityUser, input: ScimUserInput, now: number): IdentityUser {
  if (input.password !== null) checkPassword(input.password)
  const changed = applyUserFieldChanges(data, user, input.changes, now)
  const flags = stateFlags(changed.State)
  if (input.active) flags.delete('Disabled')
  return {
    ...changed,
    State: formatState(flags),
    LockedByAdmin: !input.active,
    LastPasswordChangeDate: input.password !== null ? now : changed.LastPasswordChangeDate,
    internal: {
      ...changed.internal,
      givenName: input.givenName,
      familyName: input.familyName,
      passwordSha256: input.password !== null ? passwordSha256(input.password) : changed.internal.passwordSha256,
    },
  }
}

function filterPredicate(filter: ScimFilter) {
  const groups = filter.anyOf.map((comparisons) => comparisons.map((comparison) => ({ ...comparison, field: scimField(comparison.attribute) })))
  const fields = [...new Set(groups.flat().map((comparison) => comparison.field))]
  return {
    fields,
    test: (read: (field: string) => string | number) =>
      groups.some((comparisons) => comparisons.every((comparison) => scimComparisonMatches(comparison.operator, String(read(comparison.field)), comparison.value))),
  }
}
