import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createGatewayApp } from '../app'
import { SWS_DEMO_JWT_SERVICE_ACCOUNT } from '../data/sws-tenant'
import { createGatewayTestKit, DEMO_JWT_SUBJECT, formBody, signJwt, TEST_ORIGIN, TEST_REALM_URL } from '../test-support/gateway-test-kit'
import { decodeJwt } from './rs256-jwt'
import { ACCESS_TOKEN_LIFETIME_SECONDS, TOKEN_PATH } from './service-account-realm'
import { serviceAccountKeyPath } from './service-account-key-file'

// A fresh data folder: these tests look at the key files the gateway generates.
const kit = createGatewayTestKit({ freshDataDir: true })
afterAll(() => kit.close())

const FORM = 'application/x-www-form-urlencoded'
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'

function postToken(fields: Record<string, string>, headers: Record<string, string> = {}): Promise<Response> {
  return kit.request('POST', TOKEN_PATH, { contentType: FORM, body: formBody(fields), headers })
}

function postAssertion(assertion: string): Promise<Response> {
  return postToken({ grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_assertion: assertion })
}

async function oauthError(response: Response): Promise<{ error: string; error_description: string }> {
  return (await response.json()) as { error: string; error_description: string }
}

describe('token realm: client-secret flavour', () => {
  it('issues a Keycloak token reply whose access token opens the SWS API', async () => {
    const response = await postToken({ grant_type: 'client_credentials', client_id: 'demo-sws', client_secret: 'demo-secret', scope: 'openid' })
    expect(response.status).toBe(200)
    expect(response.headers.get('cache-control')).toBe('no-store')
    const body = (await response.json()) as Record<string, unknown>
    expect(Object.keys(body)).toEqual(['access_token', 'expires_in', 'refresh_expires_in', 'token_type', 'not-before-policy'])
    expect(body).toMatchObject({ expires_in: ACCESS_TOKEN_LIFETIME_SECONDS, token_type: 'Bearer' })
    const jwt = decodeJwt(body.access_token as string)
    expect(jwt?.header.alg).toBe('RS256')
    expect(jwt?.payload).toMatchObject({ iss: TEST_REALM_URL, azp: 'demo-sws', typ: 'Bearer' })
    expect((jwt?.payload.exp as number) - (jwt?.payload.iat as number)).toBe(ACCESS_TOKEN_LIFETIME_SECONDS)
    const api = await kit.request('GET', '/v2-edge/sws/policies/', { token: body.access_token as string })
    expect(api.status).toBe(200)
  })

  it('takes the credentials as HTTP Basic too, and ignores a stray client_assertion_type', async () => {
    const basic = Buffer.from('demo-sws:demo-secret').toString('base64')
    expect((await postToken({ grant_type: 'client_credentials' }, { authorization: `Basic ${basic}` })).status).toBe(200)
    const withType = await postToken({ grant_type: 'client_credentials', client_assertion_type: JWT_BEARER, client_id: 'demo-sws', client_secret: 'demo-secret' })
    expect(withType.status).toBe(200)
  })

  it('refuses a wrong secret, an unknown client and no client at all with 401', async () => {
    const wrong = await postToken({ grant_type: 'client_credentials', client_id: 'demo-sws', client_secret: 'nope' })
    expect(wrong.status).toBe(401)
    expect(await oauthError(wrong)).toEqual({ error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' })
    const unknown = await postToken({ grant_type: 'client_credentials', client_id: 'ghost', client_secret: 'demo-secret' })
    expect(unknown.status).toBe(401)
    expect((await oauthError(unknown)).error).toBe('invalid_client')
    expect((await postToken({ grant_type: 'client_credentials' })).status).toBe(401)
  })

  it('checks the grant and the content type first', async () => {
    const missing = await postToken({ client_id: 'demo-sws', client_secret: 'demo-secret' })
    expect(missing.status).toBe(400)
    expect(await oauthError(missing)).toEqual({ error: 'invalid_request', error_description: 'Missing form parameter: grant_type' })
    const password = await postToken({ grant_type: 'password', client_id: 'demo-sws', client_secret: 'demo-secret' })
    expect((await oauthError(password)).error).toBe('unsupported_grant_type')
    const json = await kit.request('POST', TOKEN_PATH, { contentType: 'application/json', body: JSON.stringify({ grant_type: 'client_credentials' }) })
    expect(json.status).toBe(415)
    expect((await kit.request('GET', TOKEN_PATH)).status).toBe(405)
  })
})

describe('token realm: private-key JWT flavour', () => {
  it('generated the account key pair (and the realm key) into the data folder, private to its owner', async () => {
    await kit.token()
    const path = serviceAccountKeyPath(kit.dataDir, SWS_DEMO_JWT_SERVICE_ACCOUNT.serviceAccountId)
    expect(statSync(path).mode & 0o077).toBe(0)
    expect(statSync(join(kit.dataDir, 'gateway', 'realm-signing-key.pem')).mode & 0o077).toBe(0)
    const file = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>
    expect(Object.keys(file)).toEqual(['serviceAccountId', 'privateKey', 'discoveryURL'])
    expect(file.serviceAccountId).toBe(SWS_DEMO_JWT_SERVICE_ACCOUNT.serviceAccountId)
    expect(file.privateKey).toMatch(/^-----BEGIN RSA PRIVATE KEY-----/)
  })

  it('keeps the key pair across restarts', () => {
    const before = kit.jwtPrivateKeyPem()
    const again = createGatewayApp({ profile: 'small', seed: 'gatehouse', dataDir: kit.dataDir })
    expect(again.context.data.policies.size).toBeGreaterThan(0)
    expect(kit.jwtPrivateKeyPem()).toBe(before)
  })

  it('issues a token for a valid assertion (realm URL or token URL as audience)', async () => {
    const response = await postAssertion(kit.assertion())
    expect(response.status).toBe(200)
    const token = ((await response.json()) as { access_token: string }).access_token
    expect(decodeJwt(token)?.payload.azp).toBe(DEMO_JWT_SUBJECT)
    expect((await kit.request('GET', '/v2-edge/sws/users', { token })).status).toBe(200)
    expect((await postAssertion(kit.assertion({ aud: [`${TEST_ORIGIN}${TOKEN_PATH}`] }))).status).toBe(200)
  })

  it.each([
    ['an expired assertion', { exp: Math.floor(Date.now() / 1000) - 60 }, 'Token is expired'],
    ['another audience', { aud: 'https://auth.alero.io/auth/realms/other' }, 'Invalid token audience'],
    ['no audience', { aud: undefined }, 'Invalid token audience'],
    ['iss unlike sub', { iss: 'someone-else' }, 'Token issuer does not match its subject'],
    ['another tenant', { iss: DEMO_JWT_SUBJECT.replace(/^[0-9a-f]{32}/, 'f'.repeat(32)), sub: DEMO_JWT_SUBJECT.replace(/^[0-9a-f]{32}/, 'f'.repeat(32)) }, 'Unknown tenant'],
    ['an unknown account', { iss: DEMO_JWT_SUBJECT.replace('7d3f', '0000'), sub: DEMO_JWT_SUBJECT.replace('7d3f', '0000') }, 'Unknown service account'],
    ['no jti', { jti: undefined }, 'Token has no ID (jti)'],
    ['no expiry', { exp: undefined }, 'Token has no expiry'],
  ])('refuses %s', async (_, claims, reason) => {
    const response = await postAssertion(kit.assertion(claims))
    expect(response.status).toBe(401)
    expect(await oauthError(response)).toEqual({ error: 'invalid_client', error_description: `Client authentication with signed JWT failed: ${reason}` })
  })

  it('refuses a signature by another key, and alg none or HS256', async () => {
    // Any RSA key but the account's: the realm's own signing key will do.
    await kit.token()
    const other = readFileSync(join(kit.dataDir, 'gateway', 'realm-signing-key.pem'), 'utf8')
    expect((await oauthError(await postAssertion(kit.assertion({}, other)))).error_description).toMatch(/Signature validation failed$/)
    const payload = decodeJwt(kit.assertion())?.payload ?? {}
    const unsigned = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.`
    expect((await oauthError(await postAssertion(unsigned))).error_description).toMatch(/Unsupported signature algorithm: none$/)
    const hs = signJwt({ alg: 'HS256' }, payload, kit.jwtPrivateKeyPem())
    expect((await postAssertion(hs)).status).toBe(401)
  })

  it('accepts an assertion once', async () => {
    const assertion = kit.assertion()
    expect((await postAssertion(assertion)).status).toBe(200)
    const replay = await postAssertion(assertion)
    expect(replay.status).toBe(401)
    expect((await oauthError(replay)).error_description).toMatch(/Token reuse detected$/)
  })

  it('needs the jwt-bearer assertion type', async () => {
    const response = await postToken({ grant_type: 'client_credentials', client_assertion: kit.assertion() })
    expect(response.status).toBe(400)
    expect((await oauthError(response)).error).toBe('invalid_client')
  })
})

describe('issued tokens', () => {
  it('stop working once expired (401 problem JSON with a Bearer challenge)', async () => {
    const token = await kit.token()
    expect((await kit.request('GET', '/v2-edge/sws/users', { token })).status).toBe(200)
    expect((await kit.request('POST', '/__sim/tokens/expire')).status).toBe(200)
    const expired = await kit.request('GET', '/v2-edge/sws/users', { token })
    expect(expired.status).toBe(401)
    expect(expired.headers.get('www-authenticate')).toMatch(/^Bearer error="invalid_token"/)
    expect(await expired.json()).toEqual({ type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Jwt expired', instance: '/v2-edge/sws/users' })
  })

  it('are required: no header or an unknown token is a 401', async () => {
    const none = await kit.request('GET', '/v2-edge/sws/policies')
    expect(none.status).toBe(401)
    expect(none.headers.get('www-authenticate')).toBe('Bearer')
    expect(none.headers.get('content-type')).toBe('application/problem+json')
    const garbage = await kit.request('GET', '/v2-edge/sws/policies', { token: 'not-a-token' })
    expect(garbage.status).toBe(401)
    expect(((await garbage.json()) as { detail: string }).detail).toBe('Invalid token')
  })
})
