import { createSpsApp, type SpsSimApp } from '../app'
import type { SpsAppOptions } from '../sps-app-options'
import { TestClock } from './test-clock'

// An SPS client for the conformance tests: signs in with Basic, keeps the `session_id` cookie
// like a cookie jar, and talks to the app in-process through `app.request()`.

export interface SpsAnswer<T> {
  readonly status: number
  readonly headers: Headers
  readonly json: T
}

export interface SpsErrorJson {
  readonly error: { readonly type: string; readonly message: string; readonly details: Record<string, unknown> }
  readonly meta: { readonly href: string; readonly parent: string | null }
}

export interface SpsItemJson {
  readonly key: string
  readonly meta: { readonly href: string }
  readonly body?: Record<string, unknown>
}

export interface SpsListingJson {
  readonly items: readonly SpsItemJson[]
  readonly meta: Record<string, unknown>
}

export interface SpsObjectJson<B = Record<string, unknown>> {
  readonly key: string
  readonly body: B
  readonly meta: Record<string, unknown>
}

export interface SpsMetaJson {
  readonly key?: string
  readonly meta: Record<string, unknown>
}

export const ADMIN = { username: 'admin', password: 'sps-admin' } as const
export const AUDITOR = { username: 'auditor', password: 'sps-auditor' } as const

export interface TestSps {
  readonly sim: SpsSimApp
  readonly clock: TestClock
  signIn(credentials?: { readonly username: string; readonly password: string }): Promise<SpsTestClient>
}

export function createTestSps(options: Partial<SpsAppOptions> = {}): TestSps {
  const clock = new TestClock()
  // The environment must not change what the tests see.
  const sim = createSpsApp({ profile: 'small', seed: 'gatehouse', spsVersion: '6.0.7', idleTimeoutSeconds: 1200, now: clock.now, ...options })
  return {
    sim,
    clock,
    async signIn(credentials = ADMIN) {
      const client = new SpsTestClient(sim)
      const answer = await client.authenticate(credentials.username, credentials.password)
      if (answer.status !== 200) throw new Error(`sign-in as ${credentials.username} failed: ${answer.status}`)
      return client
    },
  }
}

export function basicAuthorization(username: string, password: string): string {
  return `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`
}

export class SpsTestClient {
  private readonly sim: SpsSimApp
  cookie: string | null = null

  constructor(sim: SpsSimApp) {
    this.sim = sim
  }

  async authenticate(username: string, password: string): Promise<SpsAnswer<unknown>> {
    return this.send('GET', '/api/authentication', undefined, { authorization: basicAuthorization(username, password) })
  }

  get<T>(path: string): Promise<SpsAnswer<T>> {
    return this.send('GET', path)
  }

  post<T>(path: string, body?: unknown): Promise<SpsAnswer<T>> {
    return this.send('POST', path, body)
  }

  put<T>(path: string, body: unknown): Promise<SpsAnswer<T>> {
    return this.send('PUT', path, body)
  }

  delete<T>(path: string): Promise<SpsAnswer<T>> {
    return this.send('DELETE', path)
  }

  /** `POST /api/transaction` with the `Content-Length: 0` a real HTTP client sends. */
  openTransaction<T = SpsMetaJson>(): Promise<SpsAnswer<T>> {
    return this.send('POST', '/api/transaction', undefined, { 'content-length': '0' })
  }

  commit<T = SpsMetaJson>(extra: Record<string, unknown> = {}): Promise<SpsAnswer<T>> {
    return this.put('/api/transaction', { status: 'commit', ...extra })
  }

  async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<SpsAnswer<T>> {
    const payload = body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body)
    const response = await this.sim.app.request(path, {
      method,
      body: payload,
      headers: {
        ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...headers,
      },
    })
    const setCookie = response.headers.getSetCookie().find((line) => line.startsWith('session_id='))
    if (setCookie) this.cookie = setCookie.split(';')[0] ?? null
    const text = await response.text()
    const isJson = (response.headers.get('content-type') ?? '').includes('application/json')
    return { status: response.status, headers: response.headers, json: (isJson ? JSON.parse(text) : text) as T }
  }
}
