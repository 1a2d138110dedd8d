import { useQuery } from '@tanstack/react-query'
import { useParams } from '@tanstack/react-router'
import { lastTenant, tenantsQueryOptions } from '@/lib/tenants'

/**
 * The tenant the sidebar and palette point at: the one in the URL, else the last one used,
 * else the first the operator can see; null when there is none.
 */
export function useCurrentTenant() {
  const { tenant: inUrl } = useParams({ strict: false })
  const { data } = useQuery(tenantsQueryOptions())
  const tenants = data?.items ?? []
  const remembered = lastTenant()
  const current =
    tenants.find((tenant) => tenant.id === inUrl) ??
    tenants.find((tenant) => tenant.id === remembered) ??
    tenants[0] ??
    null
  return { current, tenants, inTenantRoute: inUrl !== undefined }
}
