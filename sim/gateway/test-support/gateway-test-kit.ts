import { createPrivateKey, randomBytes, sign } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { SimApp } from '../../framework/sim-app'
import { createGatewayApp } from '../app'
import { serviceAccountKeyPath } from '../auth/service-account-key-file'
import { TOKEN_PATH } from '../auth/service-account-realm'
import type { GatewayData } from '../data/gateway-data'
import { SWS_DEMO_JWT_SERVICE_ACCOUNT, SWS_TENANT_ID } from '../data/sws-tenant'

// A gateway simulator for tests, driven through app.request() (no port). Its data folder is
// outside the repository and, unless a fresh one is asked for, shared by the test files: RSA key
// generation is the slowest thing the gateway does, and the keys are not state a test changes.

export const DEMO_JWT_SUBJECT = `${SWS_TENANT_ID}.${SWS_DEMO_JWT_SERVICE_ACCOUNT.serviceAccountId}.ExternalServiceAccount`
/** The origin app.request() gives requests, hence the realm URL an assertion must name. */
export const TEST_ORIGIN = 'http://localhost'
export const TEST_REALM_URL = `${TEST_ORIGIN}/auth/realms/serviceaccounts`

export interface SendOptions {
  readonly token?: string
  readonly body?: string
  readonly contentType?: string
  readonly headers?: Record<string, string>
}

export interface GatewayTestKit extends SimApp<GatewayData> {
  readonly dataDir: string
  /** A bearer token for a client-secret account (default the Administrator `demo-sws`). */
  token(clientId?: string): Promise<string>
  request(method: string, path: string, options?: SendOptions): Promise<Response>
  /** GET with a token, expecting 200; returns the parsed body. */
  getJson<T>(path: string, token: string): Promise<T>
  /** The private key of the demo JWT service account, from the file the gateway wrote. */
  jwtPrivateKeyPem(): string
  /** An RS256 assertion for the demo JWT account; `claims` override the defaults. */
  assertion(claims?: Record<string, unknown>, privateKeyPem?: string): string
  close(): void
}

export function formBody(fields: Record<string, string>): string {
  return new URLSearchParams(fields).toString()
}

export function signJwt(header: Record<string, unknown>, payload: Record<string, unknown>, privateKeyPem: string): string {
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}`
  return `${input}.${sign('sha256', Buffer.from(input), createPrivateKey(privateKeyPem)).toString('base64url')}`
}

const SHARED_DATA_DIR = join(tmpdir(), `gatehouse-gateway-test-keys-${process.getuid?.() ?? 'user'}`)

export interface GatewayTestKitOptions {
  readonly profile?: 'small' | 'large'
  /** A new empty data folder (removed by `close`), for tests of the key files themselves. */
  readonly freshDataDir?: boolean
}

export function createGatewayTestKit(options: GatewayTestKitOptions = {}): GatewayTestKit {
  const fresh = options.freshDataDir ?? false
  const dataDir = fresh ? mkdtempSync(join(tmpdir(), 'gatehouse-gateway-test-')) : SHARED_DATA_DIR
  const sim = createGatewayApp({ profile: options.profile ?? 'small', seed: 'gatehouse', dataDir })

  const request = (method: string, path: string, options: SendOptions = {}): Promise<Response> => {
    const headers: Record<string, string> = { ...options.headers }
    if (options.token) headers.authorization = `Bearer ${options.token}`
    if (options.contentType) headers['content-type'] = options.contentType
    return Promise.resolve(sim.app.request(path, { method, headers, body: options.body }))
  }

  const kit: GatewayTestKit = {
    ...sim,
    dataDir,
    async token(clientId = 'demo-sws') {
      const response = await request('POST', TOKEN_PATH, {
        contentType: 'application/x-www-form-urlencoded',
        body: formBody({ grant_type: 'client_credentials', client_id: clientId, client_secret: 'demo-secret' }),
      })
      if (response.status !== 200) throw new Error(`token for ${clientId}: ${response.status} ${await response.text()}`)
      return ((await response.json()) as { access_token: string }).access_token
    },
    request,
    async getJson<T>(path: string, token: string) {
      const response = await request('GET', path, { token })
      if (response.status !== 200) throw new Error(`GET ${path}: ${response.status} ${await response.text()}`)
      return (await response.json()) as T
    },
    jwtPrivateKeyPem() {
      const file = JSON.parse(readFileSync(serviceAccountKeyPath(dataDir, SWS_DEMO_JWT_SERVICE_ACCOUNT.serviceAccountId), 'utf8')) as { privateKey: string }
      return file.privateKey
    },
    assertion(claims = {}, privateKeyPem) {
      const now = Math.floor(Date.now() / 1000)
      const payload = { iss: DEMO_JWT_SUBJECT, sub: DEMO_JWT_SUBJECT, aud: TEST_REALM_URL, iat: now, exp: now + 300, jti: randomBytes(15).toString('base64url'), ...claims }
      return signJwt({ alg: 'RS256', typ: 'JWT' }, payload, privateKeyPem ?? kit.jwtPrivateKeyPem())
    },
    close() {
      if (fresh) rmSync(dataDir, { recursive: true, force: true })
    },
  }
  return kit
}
