import { randomBytes } from 'node:crypto'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, type RunningServer } from '../framework/sim-server'
import { TOKEN_PATH } from './auth/service-account-realm'
import { createGatewayTestKit, DEMO_JWT_SUBJECT, formBody, signJwt } from './test-support/gateway-test-kit'

// The gateway as a real client meets it: over HTTP on a free port, a private-key JWT whose
// audience is the realm URL of the host the client was pointed at, then the SWS API.

const kit = createGatewayTestKit()
let server: RunningServer
beforeAll(async () => {
  server = await listen(kit.app, kit.context, { host: '127.0.0.1', port: 0 })
})
afterAll(async () => {
  await server.close()
  kit.close()
})

async function jwtToken(): Promise<string> {
  const now = Math.floor(Date.now() / 1000)
  const assertion = signJwt(
    { alg: 'RS256', typ: 'JWT' },
    { iss: DEMO_JWT_SUBJECT, sub: DEMO_JWT_SUBJECT, aud: `${server.url}/auth/realms/serviceaccounts`, iat: now, exp: now + 300, jti: randomBytes(15).toString('base64url') },
    kit.jwtPrivateKeyPem(),
  )
  const response = await fetch(`${server.url}${TOKEN_PATH}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: formBody({ grant_type: 'client_credentials', client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer', client_assertion: assertion }),
  })
  expect(response.status).toBe(200)
  return ((await response.json()) as { access_token: string }).access_token
}

describe('gateway over HTTP', () => {
  it('authenticates a private-key JWT client and serves it the SWS API', async () => {
    const token = await jwtToken()
    const response = await fetch(`${server.url}/v2-edge/sws/sessions?isFlagged=true&limit=3`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(200)
    const body = (await response.json()) as { sessions: { id: string }[]; totalCount: number }
    expect(body.sessions).toHaveLength(3)
  })

  it('renders injected faults as problem JSON with Retry-After, before authentication', async () => {
    await fetch(`${server.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ kind: 'too-many-requests', retryAfterSeconds: 3, pathPrefix: '/v2-edge/sws/recordings', times: 1 }),
    })
    const limited = await fetch(`${server.url}/v2-edge/sws/recordings`)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('3')
    expect(limited.headers.get('content-type')).toBe('application/problem+json')
    expect(await limited.json()).toMatchObject({ type: 'about:blank', title: 'Too Many Requests', status: 429, instance: '/v2-edge/sws/recordings' })
    expect((await fetch(`${server.url}/v2-edge/sws/recordings`)).status).toBe(401)
  })

  it('answers unmapped paths as Spring does: 404 problem JSON', async () => {
    const token = await jwtToken()
    const response = await fetch(`${server.url}/v2-edge/sws/widgets`, { headers: { authorization: `Bearer ${token}` } })
    expect(response.status).toBe(404)
    expect(response.headers.get('content-type')).toBe('application/problem+json')
    expect(await response.json()).toEqual({ type: 'about:blank', title: 'Not Found', status: 404, detail: 'No static resource v2-edge/sws/widgets.', instance: '/v2-edge/sws/widgets' })
  })
})
