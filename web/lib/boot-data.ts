import { BOOT_DATA_ELEMENT_ID, type BootData } from '@contract/boot-data'
import type { QueryClient } from '@tanstack/react-query'
import { SESSION_QUERY_KEY } from './session'
import { tenantAccessQueryOptions } from './tenants'

/** The BFF's answers written into index.html (absent under the Vite dev server, which serves its own). */
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
