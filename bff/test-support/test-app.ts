import { randomBytes } from 'node:crypto'
import { createApp } from '../app'
import { createVendorRegistry } from '../connections/vendor-registry'
import { createImportJobRunner } from '../imports/import-job-runner'
import type { Deps } from '../app-env'
import { bootstrap } from '../bootstrap'
import { loadConfig } from '../config'
import { createLogger } from '../logger'
import { createSealer } from '../security/sealing'
import { openStore } from '../store/database'

export const TEST_ORIGIN = 'http://127.0.0.1:8080'

/** Headers a same-origin browser request from the console carries on a state-changing call. */
export const SAME_ORIGIN = { 'x-gatehouse-csrf': '1', 'sec-fetch-site': 'same-origin', 'content-type': 'application/json' }

/** A BFF over its own in-memory store, with a clock the test can move, in demo mode. */
export async function createTestApp(env: Record<string, string> = {}) {
  let offsetMs = 0
  const config = loadConfig({ GATEHOUSE_DATA_DIR: 'memory', GATEHOUSE_STATIC_DIR: 'none', GATEHOUSE_DEMO: '1', ...env }, [])
  const db = await openStore(config)
  const log = createLogger({ silent: true })
  const sealer = createSealer(randomBytes(32))
  const vendors = createVendorRegistry({ db, sealer, log })
  const now = () => new Date(Date.now() + offsetMs)
  // Jobs run when woken (not start()ed): a test decides when a restart happens.
  const deps: Deps = { config, db, log, sealer, vendors, imports: createImportJobRunner({ db, vendors, log, now }), now }
  await bootstrap(deps, () => {})
  const app = createApp(deps)

  const request = async (path: string, init: RequestInit = {}): Promise<Response> => app.request(`${TEST_ORIGIN}${path}`, init)

  /** Signs in and returns the Cookie header value for the new session. */
  const signIn = async (username: string, password: string, headers: Record<string, string> = {}) => {
    const response = await request('/api/auth/sign-in', {
      method: 'POST',
      headers: { ...SAME_ORIGIN, ...headers },
      body: JSON.stringify({ username, password }),
    })
    if (response.status !== 200) throw new Error(`sign-in as ${username} answered ${response.status}: ${await response.text()}`)
    return cookieFrom(response)
  }

  return {
    app,
    deps,
    db,
    request,
    signIn,
    advance: (ms: number) => {
      offsetMs += ms
    },
    close: async () => {
      await deps.imports.stop()
      await deps.vendors.closeAll()
      await db.destroy()
    },
  }
}

/** `name=value` of the (first non-empty) cookie a response sets, for sending it back. */
export function cookieFrom(response: Response): string {
  const pairs = response.headers.getSetCookie().map((header) => header.split(';')[0] ?? '')
  const set = pairs.find((pair) => !pair.endsWith('='))
  if (!set) throw new Error('the response set no cookie')
  return set
}

/** A response body as loosely typed JSON, for assertions. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests assert on the shape themselves
export async function json(response: Response | Promise<Response>): Promise<any> {
  return (await response).json()
}
