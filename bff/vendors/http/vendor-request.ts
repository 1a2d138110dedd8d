/** Query values; arrays are sent as repeated parameters. */
export type QueryValue = string | number | boolean | readonly (string | number)[] | undefined

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'

export interface VendorRequest {
  method: HttpMethod
  /** A path on the connection's base URL, or an absolute URL on one of its allowed origins. */
  path: string
  query?: Readonly<Record<string, QueryValue>>
  headers?: Readonly<Record<string, string>>
  json?: unknown
  /** Form fields; a function is called for every attempt (e.g. a signed assertion with a fresh jti). */
  form?: Readonly<Record<string, string>> | (() => Readonly<Record<string, string>>)
  /** A POST that only reads (Identity's reads are POSTs): retried like a GET. */
  idempotentRead?: boolean
  /** For writes: after a 5xx, timeout or broken connection, tells whether the write took effect. */
  checkApplied?: () => Promise<boolean>
  /** Correlates log lines with the console request that caused this call. */
  requestId?: string
  /** Overrides the connection's timeout for this request. */
  timeoutMs?: number
}

export function isReadRequest(request: VendorRequest): boolean {
  return request.method === 'GET' || request.idempotentRead === true
}

export function buildUrl(base: URL, request: VendorRequest): URL {
  const url = /^https?:\/\//i.test(request.path)
    ? new URL(request.path)
    : new URL(`${base.pathname.replace(/\/$/, '')}${request.path.startsWith('/') ? '' : '/'}${request.path}`, base.origin)
  for (const [name, value] of Object.entries(request.query ?? {})) {
    if (value === undefined) continue
    if (Array.isArray(value)) for (const item of value) url.searchParams.append(name, String(item))
    else url.searchParams.set(name, String(value))
  }
  return url
}

export function encodeBody(request: VendorRequest): { body: Buffer | null; contentType: string | null } {
  if (request.form !== undefined) {
    const fields = typeof request.form === 'function' ? request.form() : request.form
    return { body: Buffer.from(new URLSearchParams({ ...fields }).toString()), contentType: 'application/x-www-form-urlencoded' }
  }
  if (request.json !== undefined) return { body: Buffer.from(JSON.stringify(request.json)), contentType: 'application/json' }
  return { body: null, contentType: null }
}
