import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { getJson, rawRequest, RawRequestError } from '../test-support/raw-request'
import { startTestSim, type RunningTestSim } from '../test-support/test-sim-app'
import type { FaultRuleState } from './fault-rules'
import type { SimState } from './sim-context'

// Each fault kind over real HTTP, against a simulator built on the framework like the vendor
// apps are, listening on a free loopback port.

let sim: RunningTestSim

beforeAll(async () => {
  sim = await startTestSim()
})

afterAll(async () => {
  await sim.server.close()
})

beforeEach(async () => {
  await rawRequest(`${sim.url}/__sim/reset`, { method: 'POST' })
})

async function addFault(rule: Record<string, unknown>): Promise<FaultRuleState> {
  const response = await rawRequest(`${sim.url}/__sim/faults`, { method: 'POST', body: rule })
  expect(response.status).toBe(201)
  return (JSON.parse(response.body) as { added: FaultRuleState[] }).added[0]!
}

describe('fault injection over HTTP', () => {
  it('answers a share of requests with 429 and Retry-After', async () => {
    await addFault({ kind: 'too-many-requests', retryAfterSeconds: 7, share: 0.5, pathPrefix: '/ping' })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) {
      const response = await rawRequest(`${sim.url}/ping`)
      statuses.push(response.status)
      if (response.status === 429) {
        expect(response.headers['retry-after']).toBe('7')
        expect(response.body).toBe('Too Many Requests')
      }
    }
    expect(statuses).toEqual([429, 200, 429, 200])
  })

  it('answers 500 and 503 (with Retry-After when asked)', async () => {
    await addFault({ kind: 'server-error', status: 500, times: 1 })
    await addFault({ kind: 'server-error', status: 503, retryAfterSeconds: 2, times: 1 })
    const first = await rawRequest(`${sim.url}/ping`)
    const second = await rawRequest(`${sim.url}/ping`)
    const third = await rawRequest(`${sim.url}/ping`)
    expect(first.status).toBe(500)
    expect(first.headers['retry-after']).toBeUndefined()
    expect(second.status).toBe(503)
    expect(second.headers['retry-after']).toBe('2')
    expect(third.status).toBe(200)
  })

  it('drops the connection without an answer: the client sees a socket error', async () => {
    await addFault({ kind: 'drop-connection', times: 1 })
    const error = await rawRequest(`${sim.url}/ping`).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(RawRequestError)
    expect(['ECONNRESET', 'ERROR']).toContain((error as RawRequestError).code)
    // fetch sees it as a failed request too.
    await addFault({ kind: 'drop-connection', times: 1 })
    await expect(fetch(`${sim.url}/ping`)).rejects.toThrow()
    expect((await rawRequest(`${sim.url}/ping`)).status).toBe(200)
  })

  it('hangs until the client gives up, and reset releases hung requests', async () => {
    await addFault({ kind: 'hang', pathPrefix: '/ping' })
    const started = performance.now()
    const error = await rawRequest(`${sim.url}/ping`, { timeoutMs: 300 }).catch((caught: unknown) => caught)
    expect((error as RawRequestError).code).toBe('TIMEOUT')
    expect(performance.now() - started).toBeGreaterThanOrEqual(290)

    const hung = rawRequest(`${sim.url}/ping`).catch((caught: unknown) => caught)
    await expect.poll(async () => (await getJson<SimState>(`${sim.url}/__sim/state`)).pendingRequests).toBe(1)
    await rawRequest(`${sim.url}/__sim/reset`, { method: 'POST' })
    expect(await hung).toBeInstanceOf(RawRequestError)
    expect((await rawRequest(`${sim.url}/ping`)).status).toBe(200)
  })

  it('adds latency', async () => {
    const baselineStart = performance.now()
    await rawRequest(`${sim.url}/ping`)
    const baseline = performance.now() - baselineStart
    await addFault({ kind: 'latency', latencyMs: 250 })
    const started = performance.now()
    const response = await rawRequest(`${sim.url}/ping`)
    const elapsed = performance.now() - started
    expect(response.status).toBe(200)
    expect(elapsed).toBeGreaterThanOrEqual(245)
    expect(elapsed - baseline).toBeGreaterThanOrEqual(200)
  })

  it('expires all tokens now, or just before a matching request', async () => {
    const token = sim.context.tokens.issue({ subject: 'demo', ttlSeconds: 3_600 }).token
    const call = () => rawRequest(`${sim.url}/protected`, { headers: { authorization: `Bearer ${token}` } })
    expect((await call()).status).toBe(200)

    const expired = await getJson<{ expired: number }>(`${sim.url}/__sim/tokens/expire`, { method: 'POST' })
    expect(expired.expired).toBe(1)
    expect(sim.context.tokens.verify(token)).toEqual({ valid: false, reason: 'expired' })
    expect((await call()).status).toBe(401)

    const fresh = sim.context.tokens.issue({ subject: 'demo', ttlSeconds: 3_600 }).token
    await addFault({ kind: 'expire-tokens', pathPrefix: '/protected', times: 1 })
    const response = await rawRequest(`${sim.url}/protected`, { headers: { authorization: `Bearer ${fresh}` } })
    expect(response.status).toBe(401)
    expect(JSON.parse(response.body)).toEqual({ error: 'expired' })
  })

  it('scopes faults by method and path and never faults /__sim', async () => {
    await addFault({ kind: 'server-error', method: 'POST' }) // 503 by default
    await addFault({ kind: 'too-many-requests', pathPrefix: '/__sim' })
    expect((await rawRequest(`${sim.url}/ping`)).status).toBe(200)
    expect((await rawRequest(`${sim.url}/ping`, { method: 'POST' })).status).toBe(503)
    expect((await rawRequest(`${sim.url}/__sim/state`)).status).toBe(200)
  })

  it('replaces, lists and deletes rules; rejects invalid ones with 400', async () => {
    const replaced = await rawRequest(`${sim.url}/__sim/faults`, {
      method: 'PUT',
      body: { faults: [{ kind: 'latency', latencyMs: 1 }, { kind: 'hang', pathPrefix: '/never' }] },
    })
    expect(replaced.status).toBe(200)
    const listed = await getJson<{ faults: FaultRuleState[] }>(`${sim.url}/__sim/faults`)
    expect(listed.faults.map((state) => state.rule.kind)).toEqual(['latency', 'hang'])
    const removed = await rawRequest(`${sim.url}/__sim/faults/${listed.faults[0]!.id}`, { method: 'DELETE' })
    expect(removed.status).toBe(200)
    expect((await rawRequest(`${sim.url}/__sim/faults/nope`, { method: 'DELETE' })).status).toBe(404)

    const invalid = await rawRequest(`${sim.url}/__sim/faults`, { method: 'POST', body: { kind: 'latency', latencyMs: -5 } })
    expect(invalid.status).toBe(400)
    expect(JSON.parse(invalid.body)).toMatchObject({ error: 'invalid fault rule' })
    const notJson = await rawRequest(`${sim.url}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: undefined })
    expect(notJson.status).toBe(400)
    // A batch with one bad rule adds nothing.
    const batch = await rawRequest(`${sim.url}/__sim/faults`, { method: 'POST', body: { faults: [{ kind: 'hang' }, { kind: 'bad' }] } })
    expect(batch.status).toBe(400)
    expect((await getJson<{ faults: FaultRuleState[] }>(`${sim.url}/__sim/faults`)).faults).toHaveLength(1)

    await rawRequest(`${sim.url}/__sim/faults`, { method: 'DELETE' })
    expect((await getJson<{ faults: FaultRuleState[] }>(`${sim.url}/__sim/faults`)).faults).toEqual([])
  })

  it('counts requests per route and shows rule hits in the state', async () => {
    await addFault({ kind: 'server-error', share: 0.5, pathPrefix: '/ping' })
    for (let i = 0; i < 4; i++) await rawRequest(`${sim.url}/ping`)
    await rawRequest(`${sim.url}/missing`)
    const state = await getJson<SimState>(`${sim.url}/__sim/state`)
    expect(state.requests).toEqual({ total: 5, byRoute: { 'GET /ping': 4, 'GET /missing': 1 } })
    expect(state.faults[0]).toMatchObject({ matched: 4, hits: 2 })
  })
})
