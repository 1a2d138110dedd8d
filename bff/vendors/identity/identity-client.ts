import type { Logger } from '../../logger'
import { createBearerTokenCache } from '../auth/bearer-token-cache'
import { createVendorHttpClient, type VendorHttpTuning } from '../http/vendor-http-client'
import { vendorFailure } from '../http/vendor-errors'
import type { QueryValue } from '../http/vendor-request'
import type { VendorResponse } from '../http/vendor-response'
import { unwrapIdentityEnvelope } from './identity-envelope'
import { fetchIdentityPlatformToken, type IdentityServiceUser } from './identity-platform-token'

export interface IdentityClientConfig extends IdentityServiceUser {
  connectionId: string
  /** The tenant URL, e.g. https://abc1234.id.cyberark.cloud. */
  tenantUrl: string
}

export interface IdentityCallOptions {
  /** True for calls that only read (most Identity reads are POSTs): retried on 5xx and resets. */
  read: boolean
  /** For writes: whether the change took effect, asked before a retry after a 5xx or timeout. */
  checkApplied?: () => Promise<boolean>
  requestId?: string
}

export interface IdentityScimRequest {
  method: 'GET' | 'DELETE'
  path: string
  query?: Readonly<Record<string, QueryValue>>
  checkApplied?: () => Promise<boolean>
  requestId?: string
}

/** Who the service user is, as `GetUserByName` without a name answers. */
export interface IdentityCaller {
  uuid: string
  name: string
  displayName: string | null
}

export interface IdentityClient {
  /** POST `path` with `args` as JSON; answers the envelope's `Result`. */
  call(path: string, args: Record<string, unknown>, options: IdentityCallOptions): Promise<unknown>
  /** A SCIM request (`/scim/v2/…`) with the same bearer; answers the raw response for SCIM's own error format. */
  scim(request: IdentityScimRequest): Promise<VendorResponse>
  /** A cheap authenticated read: the service user itself. */
  getCaller(requestId?: string): Promise<IdentityCaller>
  /** Authenticates and reads once, for "Test connection". */
  testConnection(requestId?: string): Promise<{ latencyMs: number; caller: IdentityCaller }>
  close(): void
}

function toCaller(result: unknown): IdentityCaller {
  if (typeof result !== 'object' || result === null) throw vendorFailure('identity', 'answered GetUserByName without a user.')
  const record = result as Record<string, unknown>
  const text = (key: string) => (typeof record[key] === 'string' ? record[key] : null)
  const uuid = text('Uuid') ?? text('ID')
  const name = text('Name')
  if (!uuid || !name) throw vendorFailure('identity', 'answered GetUserByName without Uuid and Name.')
  return { uuid, name, displayName: text('DisplayName') }
}

export function createIdentityClient(config: IdentityClientConfig, log: Logger, tuning: VendorHttpTuning = {}): IdentityClient {
  const now = tuning.now ?? (() => new Date())
  const http = createVendorHttpClient({ ...tuning, vendor: 'identity', connectionId: config.connectionId, baseUrl: config.tenantUrl, log })
  const tokens = createBearerTokenCache(() => fetchIdentityPlatformToken(http, config, now), { now })

  async function sendWithToken(path: string, args: Record<string, unknown>, options: IdentityCallOptions): Promise<VendorResponse> {
    const token = await tokens.get()
    const response = await http.send({
      method: 'POST',
      path,
      json: args,
      headers: { authorization: `Bearer ${token}`, 'x-idap-native-client': 'true' },
      idempotentRead: options.read,
      ...(options.checkApplied ? { checkApplied: options.checkApplied } : {}),
      ...(options.requestId ? { requestId: options.requestId } : {}),
    })
    if (response.status === 401) tokens.invalidate(token)
    return response
  }

  async function call(path: string, args: Record<string, unknown>, options: IdentityCallOptions): Promise<unknown> {
    let response = await sendWithToken(path, args, options)
    // One retry with a fresh token; a second 401 means the credentials themselves are refused.
    if (response.status === 401) response = await sendWithToken(path, args, options)
    if (response.status === 401) throw vendorFailure('identity', 'refused the service user’s token twice; check the connection’s credentials.')
    if (response.confirmedByCheck) return null
    return unwrapIdentityEnvelope(response)
  }

  async function scim(request: IdentityScimRequest): Promise<VendorResponse> {
    const once = async () => {
      const token = await tokens.get()
      const response = await http.send({
        method: request.method,
        path: request.path,
        ...(request.query ? { query: request.query } : {}),
        headers: { authorization: `Bearer ${token}` },
        ...(request.checkApplied ? { checkApplied: request.checkApplied } : {}),
        ...(request.requestId ? { requestId: request.requestId } : {}),
      })
      if (response.status === 401) tokens.invalidate(token)
      return response
    }
    const response = await once()
    return response.status === 401 ? once() : response
  }

  const getCaller = async (requestId?: string) =>
    toCaller(await call('/CDirectoryService/GetUserByName', {}, { read: true, ...(requestId ? { requestId } : {}) }))

  return {
    call,
    scim,
    getCaller,
    async testConnection(requestId) {
      const started = performance.now()
      const caller = await getCaller(requestId)
      return { latencyMs: Math.round(performance.now() - started), caller }
    },
    close: () => http.close(),
  }
}
