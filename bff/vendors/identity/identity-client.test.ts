import { describe, expect, it } from 'vitest'
import { VendorApiError } from '../http/vendor-errors'
import { createCapturingLogger } from '../testing/capturing-logger'
import { addFaults, collection, expireTokens, requestCount } from '../testing/sim-control'
import { useSpawnedSimulators } from '../testing/use-spawned-simulators'
import type { VendorHttpTuning } from '../http/vendor-http-client'
import { createIdentityClient, type IdentityClientConfig } from './identity-client'

const sims = useSpawnedSimulators({ resetBeforeEach: 'identity' })

const FAST: VendorHttpTuning = { baseDelayMs: 5, maxDelayMs: 20, timeoutMs: 5_000 }

function client(overrides: Partial<IdentityClientConfig> = {}, tuning: VendorHttpTuning = FAST) {
  const log = createCapturingLogger()
  const config = { connectionId: 'conn-identity', tenantUrl: sims.identity, clientId: 'demo-service@gatehouse.sim', clientSecret: 'demo-secret', ...overrides }
  return { identity: createIdentityClient(config, log, tuning), log }
}

async function organizationNamed(identity: ReturnType<typeof client>['identity'], name: string): Promise<boolean> {
  const table = (await identity.call('/Org/ListAll', {}, { read: true })) as { Results: { Row: { Name: string } }[] }
  return table.Results.some((result) => result.Row.Name === name)
}

describe('Identity adapter', () => {
  it('gets a platform token and reads the service user, logging no secret', async () => {
    const { identity, log } = client()
    const result = await identity.testConnection('req-1')
    expect(result.caller.name).toBe('demo-service@gatehouse.sim')
    expect(log.lines.some((line) => line.includes('"requestId":"req-1"'))).toBe(true)
    expect(log.lines.join('\n')).not.toContain('demo-secret')
    identity.close()
  })

  it('reports a wrong secret in plain words with the OAuth error', async () => {
    const { identity } = client({ clientSecret: 'wrong' })
    const error = await identity.getCaller().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(VendorApiError)
    expect((error as VendorApiError).status).toBe(502)
    expect((error as VendorApiError).toBody().error).toMatchObject({ code: 'vendor_error', vendor: { error: 'invalid_client' } })
    identity.close()
  })

  it('unwraps success:false into a console error carrying Message and ErrorID', async () => {
    const { identity } = client()
    const error = (await identity.call('/CDirectoryService/GetUser', { ID: 'nobody' }, { read: true }).catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(502)
    expect(error.message).toContain("User 'nobody' was not found.")
    expect(error.toBody().error.vendor).toMatchObject({ Message: "User 'nobody' was not found.", ErrorID: expect.any(String) })
    identity.close()
  })

  it('retries a 429 after Retry-After, then succeeds', async () => {
    const { identity } = client()
    await addFaults(sims.identity, { kind: 'too-many-requests', retryAfterSeconds: 1, pathPrefix: '/CDirectoryService/GetUserByName', times: 1 })
    const started = Date.now()
    await expect(identity.getCaller()).resolves.toMatchObject({ name: 'demo-service@gatehouse.sim' })
    expect(Date.now() - started).toBeGreaterThanOrEqual(900)
    expect(await requestCount(sims.identity, 'POST /CDirectoryService/GetUserByName')).toBe(2)
    identity.close()
  })

  it('passes a 429 that outlasts the retries on as 429 with Retry-After', async () => {
    const { identity } = client({}, { ...FAST, maxRetryAfterMs: 5_000 })
    await addFaults(sims.identity, { kind: 'too-many-requests', retryAfterSeconds: 120, pathPrefix: '/CDirectoryService/GetUserByName' })
    const error = (await identity.getCaller().catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(429)
    expect(error.headers['Retry-After']).toBe('120')
    expect(await requestCount(sims.identity, 'POST /CDirectoryService/GetUserByName')).toBe(1)
    identity.close()
  })

  it('retries a read answered 500', async () => {
    const { identity } = client()
    await addFaults(sims.identity, { kind: 'server-error', status: 500, pathPrefix: '/CDirectoryService/GetUserByName', times: 2 })
    await expect(identity.getCaller()).resolves.toMatchObject({ name: 'demo-service@gatehouse.sim' })
    expect(await requestCount(sims.identity, 'POST /CDirectoryService/GetUserByName')).toBe(3)
    identity.close()
  })

  it('after a 500 on a write, reads whether it took effect before sending it again — once', async () => {
    const { identity } = client()
    await addFaults(sims.identity, { kind: 'server-error', status: 500, pathPrefix: '/Org/Create', times: 1 })
    await identity.call('/Org/Create', { Name: 'Retry check org' }, { read: false, checkApplied: () => organizationNamed(identity, 'Retry check org') })
    expect(await requestCount(sims.identity, 'POST /Org/Create')).toBe(2)
    const created = (await collection<{ Name: string }>(sims.identity, 'organizations')).filter((org) => org.Name === 'Retry check org')
    expect(created).toHaveLength(1)
    identity.close()
  })

  it('does not send a write again when the check says it took effect', async () => {
    const { identity } = client()
    await addFaults(sims.identity, { kind: 'server-error', status: 503, pathPrefix: '/Org/Create', times: 1 })
    let checks = 0
    const result = await identity.call('/Org/Create', { Name: 'Applied elsewhere' }, { read: false, checkApplied: async () => (checks += 1) > 0 })
    expect(result).toBeNull()
    expect(checks).toBe(1)
    expect(await requestCount(sims.identity, 'POST /Org/Create')).toBe(1)
    identity.close()
  })

  it('never repeats a write blindly: without a check, a broken connection is reported, not resent', async () => {
    const { identity } = client()
    await addFaults(sims.identity, { kind: 'drop-connection', pathPrefix: '/Org/Create', times: 1 })
    const error = (await identity.call('/Org/Create', { Name: 'Dropped org' }, { read: false }).catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(502)
    expect(await requestCount(sims.identity, 'POST /Org/Create')).toBe(1)
    identity.close()
  })

  it('refreshes an expired token once and only once under 20 concurrent requests', async () => {
    const { identity } = client()
    await identity.getCaller()
    await expireTokens(sims.identity)
    const callers = await Promise.all(Array.from({ length: 20 }, () => identity.getCaller()))
    expect(callers.every((caller) => caller.name === 'demo-service@gatehouse.sim')).toBe(true)
    expect(await requestCount(sims.identity, 'POST /oauth2/platformtoken')).toBe(2)
    expect(await requestCount(sims.identity, 'POST /CDirectoryService/GetUserByName')).toBe(41)
    identity.close()
  })

  it('answers 504 within the configured timeout when the vendor hangs', async () => {
    const { identity } = client({}, { ...FAST, timeoutMs: 300 })
    await identity.getCaller()
    await addFaults(sims.identity, { kind: 'hang', pathPrefix: '/CDirectoryService/GetUserByName' })
    const started = Date.now()
    const error = (await identity.getCaller().catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(504)
    expect(error.code).toBe('vendor_timeout')
    expect(Date.now() - started).toBeLessThan(1_500)
    identity.close()
  })
})
