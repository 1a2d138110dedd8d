import type { IdentityConnectionRequest, SpsConnectionRequest, SwsConnectionRequest, Vendor } from '@contract/connections'
import type { CreateTenantRequest } from '@contract/tenants'
import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { ConnectionRoutes } from '../../../../bff/routes/connections'
import type { TenantRoutes } from '../../../../bff/routes/tenants'
import { apiFetch, unwrap } from '@/lib/api-client'
import { withReauth } from '@/lib/reauth'

const tenantsClient = hc<TenantRoutes>('/api/tenants', { fetch: apiFetch })
const connectionsClient = (tenantId: string) => hc<ConnectionRoutes>(`/api/tenants/${encodeURIComponent(tenantId)}/connections`, { fetch: apiFetch })

export const connectionsQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: ['console', 'connections', 'detail', tenantId],
    queryFn: () => unwrap(connectionsClient(tenantId).index.$get()),
  })

export const createTenant = (json: CreateTenantRequest) => withReauth(() => unwrap(tenantsClient.index.$post({ json })))

export const deleteTenant = (tenantId: string, reason: string) =>
  withReauth(() => unwrap(tenantsClient[':id'].$delete({ param: { id: tenantId }, json: { reason } })))

// Saving may replace a secret, which the BFF guards with re-authentication.
export const saveIdentityConnection = (tenantId: string, json: IdentityConnectionRequest) =>
  withReauth(() => unwrap(connectionsClient(tenantId).identity.$put({ json })))
export const saveSwsConnection = (tenantId: string, json: SwsConnectionRequest) => withReauth(() => unwrap(connectionsClient(tenantId).sws.$put({ json })))
export const saveSpsConnection = (tenantId: string, json: SpsConnectionRequest) => withReauth(() => unwrap(connectionsClient(tenantId).sps.$put({ json })))

export const removeConnection = (tenantId: string, vendor: Vendor, reason: string) =>
  withReauth(() => unwrap(connectionsClient(tenantId)[':vendor'].$delete({ param: { vendor }, json: { reason } })))

export const testConnection = (tenantId: string, vendor: Vendor) =>
  unwrap(connectionsClient(tenantId)[':vendor'].test.$post({ param: { vendor } }))
