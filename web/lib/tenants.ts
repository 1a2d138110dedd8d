import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { TenantAccessRoutes, TenantRoutes } from '../../bff/routes/tenants'
import { apiFetch, unwrap } from './api-client'

const tenantsClient = hc<TenantRoutes>('/api/tenants', { fetch: apiFetch })
const tenantAccessClient = (tenantId: string) => hc<TenantAccessRoutes>(`/api/t/${encodeURIComponent(tenantId)}`, { fetch: apiFetch })

/** What the operator may do in one tenant; keyed by tenant first, so switching tenant drops it. */
export const tenantAccessQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [tenantId, 'tenant', 'access', 'detail'],
    queryFn: () => unwrap(tenantAccessClient(tenantId).index.$get()),
    staleTime: 60_000,
  })

export const tenantsQueryOptions = () =>
  queryOptions({
    queryKey: ['console', 'tenants', 'list'],
    queryFn: () => unwrap(tenantsClient.index.$get()),
    staleTime: 60_000,
  })

const LAST_TENANT_KEY = 'gatehouse-last-tenant'

export function rememberTenant(tenantId: string): void {
  try {
    localStorage.setItem(LAST_TENANT_KEY, tenantId)
  } catch {
    // Storage may be blocked; the choice then lasts for this page only.
  }
}

export function lastTenant(): string | null {
  try {
    return localStorage.getItem(LAST_TENANT_KEY)
  } catch {
    return null
  }
}
