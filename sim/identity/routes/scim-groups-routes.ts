import type { Context, Hono } from 'hono'
import type { SimEnv } from '../../framework/sim-env'
import type { IdentityData } from '../data/identity-data'
import { SYSADMIN_ROLE_ID, type IdentityRole } from '../data/identity-roles'
import type { IdentityRuntime } from '../identity-runtime'
import { membersOfRole } from '../model/user-roles'
import { compareNoCase } from '../query/no-case-order'
import { projectResource, scimComparisonMatches, scimListQuery } from '../scim/scim-list-query'
import { ScimError, scimListResponse, scimLocation, scimTimestamp } from '../scim/scim-response'
import { registerScimRoute } from '../scim/scim-route'

// SCIM Groups are the tenant's roles (ids like `d0e9e073_c6a9_…`, S6): list (filter displayName,
// sort displayName), read, delete. The built-in Everybody role is implicit and not a group here.

export const SCIM_GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group'

function groupResource(c: Context<SimEnv>, data: IdentityData, role: IdentityRole, dataNow: number): Record<string, unknown> {
  return {
    members: membersOfRole(data, role.ID).map((user) => ({ value: user.Uuid, $ref: scimLocation(c, 'Users', user.Uuid), type: 'User', display: user.DisplayName })),
    displayName: role.Name,
    schemas: [SCIM_GROUP_SCHEMA],
    id: role.ID,
    // Roles carry no timestamps in the seed: they date from the tenant's "data now".
    meta: { resourceType: 'Group', created: scimTimestamp(dataNow), lastModified: scimTimestamp(dataNow), location: scimLocation(c, 'Groups', role.ID) },
  }
}

function requireRole(data: IdentityData, id: string): IdentityRole {
  const role = data.roles.get(id)
  if (!role) throw new ScimError(404, 'Group not found')
  return role
}

export function registerScimGroupsRoutes(app: Hono<SimEnv>, runtime: IdentityRuntime): void {
  const dataNow = runtime.context.dataNow

  registerScimRoute(app, runtime, 'get', '/groups', 'read', (c) => {
    const query = scimListQuery(new URL(c.req.url).searchParams)
    let roles = [...runtime.data.roles.values()]
    if (query.filter) {
      for (const comparison of query.filter.anyOf.flat()) {
        if (comparison.attribute.toLowerCase() !== 'displayname') throw new ScimError(400, `Filtering on '${comparison.attribute}' is not supported: use displayName.`, 'invalidFilter')
      }
      const filter = query.filter
      roles = roles.filter((role) => filter.anyOf.some((all) => all.every((comparison) => scimComparisonMatches(comparison.operator, role.Name, comparison.value))))
    }
    if (query.sortBy?.toLowerCase() === 'displayname') {
      const direction = query.descending ? -1 : 1
      roles.sort((a, b) => direction * compareNoCase(a.Name, b.Name))
    }
    const page = roles.slice(query.startIndex - 1, query.startIndex - 1 + query.count)
    const wantsMembers = query.attributes ? query.attributes.some((name) => name.toLowerCase().startsWith('members')) : !query.excludedAttributes.some((name) => name.toLowerCase() === 'members')
    const resources = page.map((role) => {
      const resource = groupResource(c, runtime.data, role, dataNow)
      return projectResource(wantsMembers ? resource : { ...resource, members: undefined }, query)
    })
    return c.json(scimListResponse(resources, roles.length, query.startIndex))
  })

  registerScimRoute(app, runtime, 'get', '/groups/:id', 'read', (c) => c.json(groupResource(c, runtime.data, requireRole(runtime.data, c.req.param('id') ?? ''), dataNow)))

  // Members keep the id in their role list; it no longer resolves, so the role is gone for them.
  registerScimRoute(app, runtime, 'delete', '/groups/:id', 'sysadmin', (c) => {
    const role = requireRole(runtime.data, c.req.param('id') ?? '')
    if (role.ID === SYSADMIN_ROLE_ID) throw new ScimError(400, 'The System Administrator role cannot be deleted.', 'mutability')
    runtime.data.roles.delete(role.ID)
    return c.body(null, 204)
  })
}
