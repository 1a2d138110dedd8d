import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import type { VendorApiError } from '../http/vendor-errors'
import { createCapturingLogger } from '../testing/capturing-logger'
import { addFaults, expireTokens, requestCount } from '../testing/sim-control'
import { useSpawnedSimulators } from '../testing/use-spawned-simulators'
import { createSwsClient, type SwsClient } from './sws-client'
import type { SwsServiceAccount } from './sws-service-account-token'
import { pageByTimeWindow } from './sws-time-window-pager'

const TENANT_ID = '0123456789abcdef0123456789abcdef'
const JWT_ACCOUNT_ID = '7d3f9a2e-4c1b-4e8f-a6d5-2b9c0e1f3a47'
const TOKEN_ROUTE = 'POST /auth/realms/serviceaccounts/protocol/openid-connect/token'

const sims = useSpawnedSimulators({ resetBeforeEach: 'gateway' })

const clientSecret: SwsServiceAccount = { kind: 'client-secret', clientId: 'demo-sws', clientSecret: 'demo-secret' }

function privateKeyAccount(): SwsServiceAccount {
  const file = path.join(sims.dataDir, 'gateway', `sws-service-account-${JWT_ACCOUNT_ID}.json`)
  const saved = JSON.parse(readFileSync(file, 'utf8')) as { serviceAccountId: string; privateKey: string }
  return { kind: 'private-key', serviceAccountId: saved.serviceAccountId, privateKeyPem: saved.privateKey }
}

function client(serviceAccount: SwsServiceAccount = clientSecret): { sws: SwsClient; log: ReturnType<typeof createCapturingLogger> } {
  const log = createCapturingLogger()
  const sws = createSwsClient({ connectionId: 'conn-sws', tenantId: TENANT_ID, location: { baseUrl: sims.gateway }, serviceAccount }, log, {
    baseDelayMs: 5,
    maxDelayMs: 20,
  })
  return { sws, log }
}

interface Step {
  id: string
  datetime: number
}

describe('SWS adapter', () => {
  it('authenticates with a client id and secret', async () => {
    const { sws, log } = client()
    await expect(sws.testConnection()).resolves.toMatchObject({ policyCount: 24 })
    expect(log.lines.join('\n')).not.toContain('demo-secret')
    sws.close()
  })

  it('authenticates with a private-key service account (RS256 assertion signed by the BFF)', async () => {
    const { sws, log } = client(privateKeyAccount())
    await expect(sws.testConnection()).resolves.toMatchObject({ policyCount: 24 })
    // A second client signs a new assertion: each jti is accepted once.
    const { sws: again } = client(privateKeyAccount())
    await expect(again.testConnection()).resolves.toMatchObject({ policyCount: 24 })
    expect(log.lines.join('\n')).not.toContain('PRIVATE KEY')
    sws.close()
    again.close()
  })

  it('reports a refused secret with the realm’s OAuth error', async () => {
    const { sws } = client({ kind: 'client-secret', clientId: 'demo-sws', clientSecret: 'wrong' })
    const error = (await sws.testConnection().catch((caught: unknown) => caught)) as VendorApiError
    expect(error.status).toBe(502)
    expect(error.toBody().error.vendor).toMatchObject({ error: expect.any(String) })
    sws.close()
  })

  it('maps problem JSON to console errors with the vendor’s detail', async () => {
    const { sws } = client()
    const missing = (await sws.get('/sws/activities').catch((caught: unknown) => caught)) as VendorApiError
    expect(missing.status).toBe(502)
    expect(missing.message).toContain("Required parameter 'activityTypes' is not present.")
    expect(missing.toBody().error.vendor).toMatchObject({ status: 400, title: 'Bad Request' })
    const unknown = (await sws.get('/sws/policies/00000000000000000000000000000000').catch((caught: unknown) => caught)) as VendorApiError
    expect(unknown.status).toBe(404)
    sws.close()
  })

  it('gets a new token once after the realm’s tokens expire', async () => {
    const { sws } = client()
    await sws.testConnection()
    await expireTokens(sims.gateway)
    await Promise.all(Array.from({ length: 20 }, () => sws.get('/sws/users/', { limit: 1 })))
    expect(await requestCount(sims.gateway, TOKEN_ROUTE)).toBe(2)
    sws.close()
  })

  it('retries a 429 on a write (it was refused, not applied) and sends it once more only', async () => {
    const { sws } = client()
    const policies = (await sws.get('/sws/policies/', { limit: 1 })) as { policies: { policyId: string; active: boolean }[] }
    const policy = policies.policies[0]!
    await addFaults(sims.gateway, { kind: 'too-many-requests', retryAfterSeconds: 1, pathPrefix: '/v2-edge/sws/policies/', method: 'PUT', times: 1 })
    await sws.put(`/sws/policies/${policy.policyId}/status`, { active: !policy.active })
    const after = (await sws.get(`/sws/policies/${policy.policyId}`)) as { policy: { active: boolean } }
    expect(after.policy.active).toBe(!policy.active)
    expect(await requestCount(sims.gateway, `PUT /v2-edge/sws/policies/${policy.policyId}/status`)).toBe(2)
    sws.close()
  })

  it('pages a 25,000-step session past the 10,000 window by time', async () => {
    const { sws } = client()
    const steps = (window: { fromTime: number; toTime: number; offset: number; limit: number }) =>
      sws.get('/sws/sessions/LongSession-25k-step/steps', window).then((body) => {
        const page = body as { sessionSteps: Step[]; totalCount: number }
        return { items: page.sessionSteps, totalCount: page.totalCount }
      })
    const options = { fetchPage: steps, timeOf: (step: Step) => step.datetime, order: 'ascending' as const }

    const tail = await pageByTimeWindow(24_990, 20, options)
    expect(tail.totalCount).toBe(25_000)
    expect(tail.items).toHaveLength(10)

    // Across the cap, the walked pages line up exactly with the direct ones.
    const straddling = await pageByTimeWindow(9_990, 20, options)
    const direct = await pageByTimeWindow(9_990, 10, options)
    const walked = await pageByTimeWindow(10_000, 10, options)
    expect(straddling.items.map((step) => step.id)).toEqual([...direct.items, ...walked.items].map((step) => step.id))

    const deep = await pageByTimeWindow(17_500, 50, options)
    expect(deep.items).toHaveLength(50)
    const times = deep.items.map((step) => step.datetime)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(times[0]).toBeGreaterThanOrEqual(walked.items.at(-1)!.datetime)
    sws.close()
  })
})
