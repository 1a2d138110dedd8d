import type { Context } from 'hono'
import type { SimEnv } from '../../framework/sim-env'

// SCIM answers: resources and list responses as JSON, errors as RFC 7644 §3.12 error messages
// with `status` as a string, as Identity writes it (`{"status": "404", "detail": "Group not found"}`).

export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error'
export const SCIM_LIST_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:ListResponse'

export type ScimErrorStatus = 400 | 403 | 404 | 409 | 500

export class ScimError extends Error {
  readonly status: ScimErrorStatus
  readonly scimType: string | undefined

  constructor(status: ScimErrorStatus, detail: string, scimType?: string) {
    super(detail)
    this.status = status
    this.scimType = scimType
  }
}

export function scimErrorResponse(c: Context<SimEnv>, error: ScimError): Response {
  return c.json({ schemas: [SCIM_ERROR_SCHEMA], status: String(error.status), ...(error.scimType ? { scimType: error.scimType } : {}), detail: error.message }, error.status)
}

export function scimListResponse(resources: readonly unknown[], totalResults: number, startIndex: number): Record<string, unknown> {
  return { schemas: [SCIM_LIST_SCHEMA], totalResults, itemsPerPage: resources.length, startIndex, Resources: resources }
}

/** SCIM timestamps as Identity writes them: seven fractional digits (`2024-10-18T17:21:19.3867407Z`). */
export function scimTimestamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$10000Z')
}

/** Where a resource lives, in the capitalised form Identity writes (`…/Scim/v2/Users/<id>`). */
export function scimLocation(c: Context<SimEnv>, resource: 'Users' | 'Groups', id: string): string {
  const url = new URL(c.req.url)
  const v2 = /^\/scim\/v2\//i.test(url.pathname)
  return `${url.origin}/Scim/${v2 ? 'v2/' : ''}${resource}/${id}`
}
