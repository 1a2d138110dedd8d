import type { Context } from 'hono'
import { BOOT_DATA_ELEMENT_ID, type BootData } from '../contract/boot-data'
import type { TenantAccess } from '../contract/tenants'
import type { AppEnv } from './app-env'
import { ApiError } from './http/api-error'
import { sessionInfo } from './security/session-info'
import { readTenantAccess } from './security/tenant-access'

/** The tenant a client-side path belongs to (/t/:tenant/…), if any. */
function tenantInPath(pathname: string): string | null {
  const match = /^\/t\/([^/]+)(?:\/|$)/.exec(pathname)
  if (!match?.[1]) return null
  try {
    return decodeURIComponent(match[1])
  } catch {
    return null
  }
}

/** BootData for the page at this request's path (c.var.session must be loaded); null without a session. */
export async function bootDataFor(c: Context<AppEnv>): Promise<BootData | null> {
  const { config, db } = c.var.deps
  const session = c.var.session
  if (!session) return null
  const tenantId = tenantInPath(c.req.path)
  let tenantAccess: TenantAccess | null = null
  // An admin owing MFA enrolment is refused every tenant endpoint; the SPA sends them to enrol.
  if (tenantId !== null && !session.mfaEnrolmentRequired) {
    try {
      tenantAccess = await readTenantAccess(db, session.grants, tenantId)
    } catch (error) {
      // No such tenant, or no role there: the SPA asks and shows the API's own 404 or 403.
      if (!(error instanceof ApiError)) throw error
    }
  }
  return { session: sessionInfo(config, session), tenantAccess }
}

/**
 * A JSON data block (never executed, so the CSP's script-src does not apply). `<` is escaped so
 * no value (a display name, a tenant name) can close the element or open a comment.
 */
export function bootDataElement(data: BootData): string {
  const json = JSON.stringify(data).replace(/</g, '\\u003c')
  return `<script type="application/json" id="${BOOT_DATA_ELEMENT_ID}">${json}</script>`
}
