// Zod-free: the SPA's entry reads this before anything else loads.
import type { SessionInfo } from './auth'
import type { TenantAccess } from './tenants'

/** id of the JSON data block the BFF writes into index.html. */
export const BOOT_DATA_ELEMENT_ID = 'gatehouse-boot-data'

/**
 * What the first screen would otherwise ask for before it can show anything, answered in the page
 * itself: the session (GET /api/auth/session) and, on a tenant's screen, the operator's access
 * there (GET /api/t/:tenant). Each is exactly what that endpoint answers at the same moment.
 *
 * Only a signed-in page carries it. "No session" is never stated: a link followed from another
 * site arrives without the SameSite=Strict cookie, though the SPA's own requests will carry it.
 */
export interface BootData {
  session: SessionInfo
  /** Only on a tenant's screen, and only when the endpoint would answer 200. */
  tenantAccess: TenantAccess | null
}
