import type { Logger } from '../../logger'
import { createBearerTokenCache } from '../auth/bearer-token-cache'
import { createVendorHttpClient, type VendorHttpTuning } from '../http/vendor-http-client'
import { vendorFailure } from '../http/vendor-errors'
import type { HttpMethod, QueryValue } from '../http/vendor-request'
import { readJson, type VendorResponse } from '../http/vendor-response'
import { swsError } from './sws-errors'
import { normalisePathPrefix, resolveSwsEndpoints, type SwsLocation } from './sws-locations'
import { fetchSwsToken, type SwsServiceAccount } from './sws-service-account-token'

export interface SwsClientConfig {
  connectionId: string
  /** The Remote Access tenant id (32 hex digits). */
  tenantId: string
  location: SwsLocation
  /** API version prefix; default `/v2-edge`. */
  pathPrefix?: string
  serviceAccount: SwsServiceAccount
}

export interface SwsWriteOptions {
  /** Whether the change took effect, asked before a retry after a 5xx or timeout. */
  checkApplied?: () => Promise<boolean>
  requestId?: string
}

export interface SwsClient {
  /** GET `<prefix><path>`, e.g. `get('/sws/sessions', { limit: 10 })`; the parsed body. */
  get(path: string, query?: Readonly<Record<string, QueryValue>>, requestId?: string): Promise<unknown>
  put(path: string, body: unknown, options?: SwsWriteOptions): Promise<unknown>
  delete(path: string, options?: SwsWriteOptions): Promise<unknown>
  /** Authenticates and lists one policy, for "Test connection". */
  testConnection(requestId?: string): Promise<{ latencyMs: number; policyCount: number }>
  close(): void
}

export function createSwsClient(config: SwsClientConfig, log: Logger, tuning: VendorHttpTuning = {}): SwsClient {
  const now = tuning.now ?? (() => new Date())
  const endpoints = resolveSwsEndpoints(config.location)
  const prefix = normalisePathPrefix(config.pathPrefix)
  const http = createVendorHttpClient({
    ...tuning,
    vendor: 'sws',
    connectionId: config.connectionId,
    baseUrl: endpoints.apiBaseUrl,
    extraOrigins: [endpoints.authBaseUrl],
    log,
  })
  const tokens = createBearerTokenCache(() => fetchSwsToken(http, config.serviceAccount, config.tenantId, endpoints, now), { now })

  async function send(method: HttpMethod, path: string, extra: { query?: Readonly<Record<string, QueryValue>>; json?: unknown } & SwsWriteOptions): Promise<VendorResponse> {
    const token = await tokens.get()
    const response = await http.send({
      method,
      path: `${prefix}${path}`,
      headers: { authorization: `Bearer ${token}` },
      ...(extra.query ? { query: extra.query } : {}),
      ...(extra.json === undefined ? {} : { json: extra.json }),
      ...(extra.checkApplied ? { checkApplied: extra.checkApplied } : {}),
      ...(extra.requestId ? { requestId: extra.requestId } : {}),
    })
    if (response.status === 401) tokens.invalidate(token)
    return response
  }

  async function request(method: HttpMethod, path: string, extra: { query?: Readonly<Record<string, QueryValue>>; json?: unknown } & SwsWriteOptions): Promise<unknown> {
    let response = await send(method, path, extra)
    // One retry with a fresh token after a 401.
    if (response.status === 401) response = await send(method, path, extra)
    if (response.confirmedByCheck) return null
    if (response.status >= 200 && response.status < 300) return readJson(response) ?? null
    throw swsError(response)
  }

  const get = (path: string, query?: Readonly<Record<string, QueryValue>>, requestId?: string) =>
    request('GET', path, { ...(query ? { query } : {}), ...(requestId ? { requestId } : {}) })

  return {
    get,
    put: (path, body, options = {}) => request('PUT', path, { ...options, json: body }),
    delete: (path, options = {}) => request('DELETE', path, options),
    async testConnection(requestId) {
      const started = performance.now()
      const body = await get('/sws/policies/', { offset: 0, limit: 1 }, requestId)
      const total = typeof body === 'object' && body !== null && 'totalCount' in body ? body.totalCount : undefined
      if (typeof total !== 'number') throw vendorFailure('sws', 'answered the policy list without totalCount.')
      return { latencyMs: Math.round(performance.now() - started), policyCount: total }
    },
    close: () => http.close(),
  }
}
