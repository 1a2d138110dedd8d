import { describe, expect, it } from 'vitest'
import { IDENTITY_DEMO_SERVICE_USER, IDENTITY_TENANT_ID } from '../data/identity-tenant'
import { createIdentityTestSim } from '../test-support/identity-test-sim'
import { jwtPayload } from './identity-jwt'
import { PLATFORM_TOKEN_TTL_SECONDS } from './platform-token-route'

const { name: DEMO_USER, secret: DEMO_SECRET } = IDENTITY_DEMO_SERVICE_USER

describe('POST /oauth2/platformtoken', () => {
  it('grants client credentials a JWT bearer token with exp and the tenant claims', async () => {
    const sim = await createIdentityTestSim()
    const response = await sim.platformToken(DEMO_USER, DEMO_SECRET)
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as { access_token: string; token_type: string; expires_in: number }
    expect(Object.keys(body).sort()).toEqual(['access_token', 'expires_in', 'token_type'])
    expect(body.token_type).toBe('Bearer')
    expect(body.expires_in).toBe(PLATFORM_TOKEN_TTL_SECONDS)
    expect(body.access_token.split('.')).toHaveLength(3)
    const claims = jwtPayload(body.access_token)
    expect(claims).toMatchObject({ unique_name: DEMO_USER, tenant_id: IDENTITY_TENANT_ID, subdomain: expect.any(String), platform_domain: expect.any(String) })
    expect(claims.exp).toBe(Math.floor(sim.clock.ms / 1000) + PLATFORM_TOKEN_TTL_SECONDS)
  })

  it('matches the path case-insensitively and takes HTTP Basic client credentials', async () => {
    const sim = await createIdentityTestSim()
    const response = await sim.request('/OAuth2/PlatformToken', {
      token: null,
      headers: { authorization: `Basic ${Buffer.from(`${DEMO_USER}:${DEMO_SECRET}`).toString('base64')}` },
      body: new URLSearchParams({ grant_type: 'client_credentials' }),
    })
    expect(response.status).toBe(200)
  })

  it('refuses a wrong secret or an unknown client as OAuth 2.0 does: 401 invalid_client', async () => {
    const sim = await createIdentityTestSim()
    for (const [client, secret] of [
      [DEMO_USER, 'wrong-secret'],
      ['nobody@gatehouse.sim', DEMO_SECRET],
    ] as const) {
      const response = await sim.platformToken(client, secret)
      expect(response.status).toBe(401)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = (await response.json()) as Record<string, unknown>
      expect(body).toEqual({ error: 'invalid_client', error_description: expect.any(String) })
    }
  })

  it('answers 400 for a missing or unsupported grant type and for missing credentials', async () => {
    const sim = await createIdentityTestSim()
    const send = (form: Record<string, string>) => sim.request('/oauth2/platformtoken', { token: null, body: new URLSearchParams(form) })
    const unsupported = await send({ grant_type: 'password', client_id: DEMO_USER, client_secret: DEMO_SECRET })
    expect(unsupported.status).toBe(400)
    expect(await unsupported.json()).toMatchObject({ error: 'unsupported_grant_type' })
    const noGrant = await send({ client_id: DEMO_USER, client_secret: DEMO_SECRET })
    expect(await noGrant.json()).toMatchObject({ error: 'invalid_request' })
    const noSecret = await send({ grant_type: 'client_credentials', client_id: DEMO_USER })
    expect(noSecret.status).toBe(400)
    expect(await noSecret.json()).toMatchObject({ error: 'invalid_request' })
  })

  it('grants tokens only to OAuth confidential clients, with their current password', async () => {
    const sim = await createIdentityTestSim()
    const plain = await sim.result<string>('/CDirectoryService/CreateUser', { Name: 'plain.user@gatehouse.sim', Password: 'Secret-123' })
    const refused = await sim.platformToken('plain.user@gatehouse.sim', 'Secret-123')
    expect(refused.status).toBe(400)
    expect(await refused.json()).toMatchObject({ error: 'unauthorized_client' })

    await sim.result('/CDirectoryService/ChangeUser', { ID: plain, OauthClient: 'true' })
    expect((await sim.platformToken('plain.user@gatehouse.sim', 'Secret-123')).status).toBe(200)
    await sim.result('/UserMgmt/ResetUserPassword', { ID: plain, newPassword: 'Another-456' })
    expect((await sim.platformToken('plain.user@gatehouse.sim', 'Secret-123')).status).toBe(401)
    expect((await sim.platformToken('PLAIN.USER@gatehouse.sim', 'Another-456')).status).toBe(200)
  })
})

describe('bearer tokens', () => {
  it('answers 401 with the envelope when the bearer is missing, unknown or malformed', async () => {
    const sim = await createIdentityTestSim()
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer not-a-token' }, { authorization: 'Basic abc' }]
    for (const headers of attempts) {
      const response = await sim.request('/CDirectoryService/GetUser', { token: null, headers, body: { ID: 'x' } })
      expect(response.status).toBe(401)
      expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/)
      expect(await response.json()).toMatchObject({ success: false, Result: null, Message: expect.any(String) })
    }
  })

  it('answers 401 once the token has expired, by time or through /__sim, and a new token works', async () => {
    const sim = await createIdentityTestSim()
    const userId = sim.context.data.users.at(5)!.Uuid
    const getUser = (token: string) => sim.request('/CDirectoryService/GetUser', { token, body: { ID: userId } })
    expect((await getUser(sim.token)).status).toBe(200)
    sim.clock.advance(PLATFORM_TOKEN_TTL_SECONDS * 1000)
    expect((await getUser(sim.token)).status).toBe(401)

    const fresh = ((await (await sim.platformToken(DEMO_USER, DEMO_SECRET)).json()) as { access_token: string }).access_token
    expect((await getUser(fresh)).status).toBe(200)
    expect((await sim.request('/__sim/tokens/expire', { token: null })).status).toBe(200)
    expect((await getUser(fresh)).status).toBe(401)
  })
})

describe('rate limit per token', () => {
  it('answers 429 with Retry-After over the budget, per token, until the window closes', async () => {
    const sim = await createIdentityTestSim({ rateLimit: { requests: 3, windowSeconds: 10 } })
    const call = (token: string) => sim.request('/CDirectoryService/GetUserAttributes', { token })
    for (let i = 0; i < 3; i++) expect((await call(sim.token)).status).toBe(200)
    sim.clock.advance(4_000)
    const limited = await call(sim.token)
    expect(limited.status).toBe(429)
    expect(limited.headers.get('retry-after')).toBe('6')
    expect(await limited.json()).toMatchObject({ success: false, Message: 'Too Many Requests' })

    const other = ((await (await sim.platformToken(DEMO_USER, DEMO_SECRET)).json()) as { access_token: string }).access_token
    expect((await call(other)).status).toBe(200)

    sim.clock.advance(6_000)
    expect((await call(sim.token)).status).toBe(200)
  })

  it('is cleared by /__sim/reset', async () => {
    const sim = await createIdentityTestSim({ rateLimit: { requests: 1, windowSeconds: 60 } })
    expect(sim.context.tokens.verify(sim.token).valid).toBe(true)
    sim.context.reset()
    const token = ((await (await sim.platformToken(DEMO_USER, DEMO_SECRET)).json()) as { access_token: string }).access_token
    expect((await sim.request('/CDirectoryService/GetUserAttributes', { token })).status).toBe(200)
    expect((await sim.request('/CDirectoryService/GetUserAttributes', { token })).status).toBe(429)
  })
})
