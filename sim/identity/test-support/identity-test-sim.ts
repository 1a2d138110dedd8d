import { expect } from 'vitest'
import type { SimApp } from '../../framework/sim-app'
import { createIdentityApp } from '../app'
import type { IdentityData } from '../data/identity-data'
import { IDENTITY_DEMO_SERVICE_USER } from '../data/identity-tenant'
import type { IdentityEnvelope } from '../envelope/identity-envelope'
import type { TokenRateLimit } from '../identity-sim-options'

// An Identity simulator for conformance tests, driven through app.request() (no sockets) with a
// clock the test moves by hand, and a platform token of the demo service user ready to use.

export class FakeClock {
  ms: number

  constructor(start = Date.UTC(2026, 10, 1, 12, 0, 0)) {
    this.ms = start
  }

  readonly now = (): number => this.ms

  advance(ms: number): void {
    this.ms += ms
  }
}

export interface RequestOptions {
  readonly method?: string
  /** JSON-encoded unless it is a string, URLSearchParams or FormData. */
  readonly body?: unknown
  readonly query?: Record<string, string>
  readonly headers?: Record<string, string>
  /** Bearer token; defaults to the demo service user's, `null` sends none. */
  readonly token?: string | null
}

export interface IdentityTestSim extends SimApp<IdentityData> {
  readonly clock: FakeClock
  readonly token: string
  request(path: string, options?: RequestOptions): Promise<Response>
  /** POSTs an Identity action and returns its envelope (HTTP 200 asserted). */
  envelope<T = unknown>(path: string, body?: unknown, query?: Record<string, string>): Promise<IdentityEnvelope & { Result: T }>
  /** POSTs an Identity action and returns its Result (success asserted). */
  result<T = unknown>(path: string, body?: unknown, query?: Record<string, string>): Promise<T>
  /** POSTs an Identity action that must fail; returns its Message. */
  failure(path: string, body?: unknown, query?: Record<string, string>): Promise<string>
  platformToken(clientId: string, clientSecret: string): Promise<Response>
}

export async function createIdentityTestSim(options: { rateLimit?: TokenRateLimit | null } = {}): Promise<IdentityTestSim> {
  const clock = new FakeClock()
  const sim = createIdentityApp({ profile: 'small', seed: 'gatehouse' }, { now: clock.now, rateLimit: options.rateLimit ?? null })

  const request = (path: string, requestOptions: RequestOptions = {}): Promise<Response> => {
    const url = new URL(path, 'http://identity.test')
    for (const [name, value] of Object.entries(requestOptions.query ?? {})) url.searchParams.set(name, value)
    const headers = new Headers(requestOptions.headers)
    const token = requestOptions.token === undefined ? bearer : requestOptions.token
    if (token !== null && !headers.has('authorization')) headers.set('authorization', `Bearer ${token}`)
    let body: string | URLSearchParams | FormData | undefined
    const raw = requestOptions.body
    if (typeof raw === 'string' || raw instanceof URLSearchParams || raw instanceof FormData) body = raw
    else if (raw !== undefined) {
      body = JSON.stringify(raw)
      if (!headers.has('content-type')) headers.set('content-type', 'application/json')
    }
    return Promise.resolve(sim.app.request(url.toString(), { method: requestOptions.method ?? 'POST', headers, body }))
  }

  const platformToken = (clientId: string, clientSecret: string): Promise<Response> =>
    request('/oauth2/platformtoken', {
      token: null,
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret }),
    })

  let bearer: string | null = null
  const tokenResponse = await platformToken(IDENTITY_DEMO_SERVICE_USER.name, IDENTITY_DEMO_SERVICE_USER.secret)
  bearer = ((await tokenResponse.json()) as { access_token: string }).access_token

  const envelope = async <T>(path: string, body?: unknown, query?: Record<string, string>) => {
    const response = await request(path, { body, query })
    expect(response.status, `${path} HTTP status`).toBe(200)
    return (await response.json()) as IdentityEnvelope & { Result: T }
  }

  return {
    ...sim,
    clock,
    token: bearer,
    request,
    envelope,
    platformToken,
    async result<T>(path: string, body?: unknown, query?: Record<string, string>): Promise<T> {
      const answer = await envelope<T>(path, body, query)
      expect(answer.success, `${path}: ${answer.Message}`).toBe(true)
      return answer.Result
    },
    async failure(path: string, body?: unknown, query?: Record<string, string>): Promise<string> {
      const answer = await envelope(path, body, query)
      expect(answer.success, `${path} should fail`).toBe(false)
      return answer.Message ?? ''
    },
  }
}
