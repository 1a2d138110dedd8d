import type {
  AdministratorsChangeRequest,
  MembershipChangeRequest,
  OrganizationListRequest,
  OrganizationRequest,
  PermissionsChangeRequest,
  ScimGroupListRequest,
} from '@contract/identity-organizations'
import type { IdentityUserSummary } from '@contract/identity-users'
import { queryOptions } from '@tanstack/react-query'
import type { IdentityOrganizationRoutes } from '../../../../bff/routes/identity-organizations'
import type { IdentityScimGroupRoutes } from '../../../../bff/routes/identity-scim-groups'
import { apiFetch, unwrap } from '@/lib/api-client'
import { tenantApiClient } from '@/lib/tenant-api-client'

const orgClient = tenantApiClient<IdentityOrganizationRoutes>('identity/organizations')
const groupClient = tenantApiClient<IdentityScimGroupRoutes>('identity/scim-groups')

export const organizationsKey = (tenant: string) => [tenant, 'identity', 'organizations'] as const
export const organizationKey = (tenant: string, id: string) => [...organizationsKey(tenant), 'detail', id] as const
export const scimGroupsKey = (tenant: string) => [tenant, 'identity', 'scim-groups'] as const

export const organizationListQueryOptions = (tenant: string, request: OrganizationListRequest) =>
  queryOptions({
    queryKey: [...organizationsKey(tenant), 'list', request],
    queryFn: () => unwrap(orgClient(tenant).index.$get({ query: request })),
  })

export const organizationQueryOptions = (tenant: string, orgId: string) =>
  queryOptions({ queryKey: organizationKey(tenant, orgId), queryFn: () => unwrap(orgClient(tenant)[':orgId'].$get({ param: { orgId } })) })

const part = <T,>(tenant: string, orgId: string, name: string, fetcher: () => Promise<T>) =>
  queryOptions({ queryKey: [...organizationKey(tenant, orgId), name], queryFn: fetcher })

export const membersQueryOptions = (tenant: string, orgId: string) =>
  part(tenant, orgId, 'members', () => unwrap(orgClient(tenant)[':orgId'].members.$get({ param: { orgId } })))
export const administratorsQueryOptions = (tenant: string, orgId: string) =>
  part(tenant, orgId, 'administrators', () => unwrap(orgClient(tenant)[':orgId'].administrators.$get({ param: { orgId } })))
export const permissionsQueryOptions = (tenant: string, orgId: string) =>
  part(tenant, orgId, 'permissions', () => unwrap(orgClient(tenant)[':orgId'].permissions.$get({ param: { orgId } })))
export const rolesQueryOptions = (tenant: string, orgId: string) =>
  part(tenant, orgId, 'roles', () => unwrap(orgClient(tenant)[':orgId'].roles.$get({ param: { orgId } })))

export const createOrganization = (tenant: string, json: OrganizationRequest) => unwrap(orgClient(tenant).index.$post({ json }))
export const updateOrganization = (tenant: string, orgId: string, json: OrganizationRequest) => unwrap(orgClient(tenant)[':orgId'].$put({ param: { orgId }, json }))
export const deleteOrganization = (tenant: string, orgId: string, reason: string) => unwrap(orgClient(tenant)[':orgId'].$delete({ param: { orgId }, json: { reason } }))
export const changeMembers = (tenant: string, orgId: string, json: MembershipChangeRequest) => unwrap(orgClient(tenant)[':orgId'].members.$post({ param: { orgId }, json }))
export const changeAdministrators = (tenant: string, orgId: string, json: AdministratorsChangeRequest) =>
  unwrap(orgClient(tenant)[':orgId'].administrators.$post({ param: { orgId }, json }))
export const changePermissions = (tenant: string, orgId: string, json: PermissionsChangeRequest) =>
  unwrap(orgClient(tenant)[':orgId'].permissions.$post({ param: { orgId }, json }))

export const scimGroupListQueryOptions = (tenant: string, request: ScimGroupListRequest) =>
  queryOptions({ queryKey: [...scimGroupsKey(tenant), 'list', request], queryFn: () => unwrap(groupClient(tenant).index.$get({ query: request })) })
export const deleteScimGroup = (tenant: string, groupId: string, reason: string) =>
  unwrap(groupClient(tenant)[':groupId'].$delete({ param: { groupId }, json: { reason } }))

interface DirectoryPage {
  items: IdentityUserSummary[]
  total: number | null
}

/**
 * Directory search for the user picker, over the users list endpoint (GET …/identity/users?q=).
 * A plain typed fetch: the users feature's client is that feature's own.
 */
export const directorySearchQueryOptions = (tenant: string, q: string) =>
  queryOptions({
    queryKey: [tenant, 'identity', 'users', 'list', { q, pageSize: 10, picker: true }],
    queryFn: async ({ signal }) => {
      const query = new URLSearchParams({ q, pageSize: '10' })
      return unwrap<DirectoryPage>(apiFetch(`/api/t/${encodeURIComponent(tenant)}/identity/users?${query}`, { signal }))
    },
    enabled: q.trim().length >= 2,
    staleTime: 30_000,
  })
