import { BOOT_DATA_ELEMENT_ID, type BootData } from '@contract/boot-data'
import type { QueryClient } from '@tanstack/react-query'
import { SESSION_QUERY_KEY } from './session'
import { tenantAccessQueryOptions } from './tenants'

/**
 * The BFF's answers written into a signed-in page's index.html. Absent without a session (and under
 * the Vite dev server, which serves its own index.html): the SPA then asks, as its requests may
 * carry a cookie the page's own request did not (a link followed from another site).
 */
function readBootData(): BootData | null {
  const element = document.getElementById(BOOT_DATA_ELEMENT_ID)
  if (!element?.textContent) return null
  try {
    return JSON.parse(element.textContent) as BootData
  } catch {
    return null
  }
}

/**
 * Puts the page's boot data in the query cache, as if the session and tenant access had just been
 * fetched. Returns false when there is none, and the caller asks the BFF instead.
 */
export function seedFromBootData(queryClient: QueryClient): boolean {
  const data = readBootData()
  if (!data) return false
  queryClient.setQueryData(SESSION_QUERY_KEY, data.session)
  if (data.tenantAccess) queryClient.setQueryData(tenantAccessQueryOptions(data.tenantAccess.tenant.id).queryKey, data.tenantAccess)
  return true
}
