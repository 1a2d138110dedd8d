import { mkdtemp, rm, stat } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimState } from './framework/sim-context'
import { startSimulators } from './start-simulators'
import { getJson, rawRequest } from './test-support/raw-request'

const FREE_PORTS = { identity: 0, gateway: 0, sps: 0 }

describe('startSimulators', () => {
  it('starts the three simulators on free loopback ports and closes them', async () => {
    const sims = await startSimulators({ ports: FREE_PORTS, seed: 'runner-test' })
    try {
      const urls = Object.values(sims.urls)
      expect(new Set(urls).size).toBe(3)
      for (const url of urls) expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      const states = await Promise.all(urls.map((url) => getJson<SimState>(`${url}/__sim/state`)))
      expect(states.map((state) => state.simulator)).toEqual(['identity', 'gateway', 'sps'])
      expect(states.every((state) => state.seed === 'runner-test' && state.profile === 'small')).toBe(true)
      expect(states[0]!.collections.users!.size).toBe(300)
      expect(states[1]!.data).toMatchObject({ longSessions: [{ id: 'LongSession-10k-step', stepsCount: 10_000 }, { id: 'LongSession-25k-step', stepsCount: 25_000 }] })

      const identityToken = sims.identity.context.tokens.issue({ subject: 'a', ttlSeconds: 60 })
      const spsToken = sims.sps.context.tokens.issue({ subject: 'b', idleTimeoutSeconds: 60 })
      sims.expireAllTokens()
      expect(sims.identity.context.tokens.verify(identityToken.token).valid).toBe(false)
      expect(sims.sps.context.tokens.verify(spsToken.token).valid).toBe(false)
    } finally {
      await sims.close()
    }
    await expect(rawRequest(`${sims.urls.identity}/__sim/state`)).rejects.toThrow()
  })

  it('applies start-up faults per simulator', async () => {
    const sims = await startSimulators({ ports: FREE_PORTS, faults: { sps: [{ kind: 'too-many-requests', retryAfterSeconds: 3 }] } })
    try {
      const sps = await rawRequest(`${sims.urls.sps}/api/authentication`)
      expect(sps.status).toBe(429)
      expect(sps.headers['retry-after']).toBe('3')
      expect(JSON.parse(sps.body)).toMatchObject({ error: { type: 'TooManyRequests' }, meta: { href: '/api/authentication' } })
      expect((await rawRequest(`${sims.urls.identity}/anything`)).status).toBe(404)
    } finally {
      await sims.close()
    }
  })

  it('reports a taken port and leaves nothing listening', async () => {
    const blocker = createServer()
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve))
    const taken = (blocker.address() as { port: number }).port
    try {
      await expect(startSimulators({ ports: { identity: 0, gateway: taken, sps: 0 } })).rejects.toThrow(/gateway simulator cannot listen/)
    } finally {
      await new Promise<void>((resolve) => blocker.close(() => resolve()))
    }
  })
})

describe('startSimulators --https', () => {
  let dataDir: string

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'gatehouse-sim-tls-'))
  })

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true })
  })

  it('serves a generated self-signed certificate, kept for the next start', async () => {
    const first = await startSimulators({ ports: FREE_PORTS, https: true, dataDir })
    let fingerprint: string | null
    try {
      expect(first.urls.gateway).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/)
      fingerprint = first.certificateFingerprint
      expect(fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)
      // Verification off, as a client of an appliance with a self-signed certificate would do.
      const state = await getJson<SimState>(`${first.urls.sps}/__sim/state`, { rejectUnauthorized: false })
      expect(state.simulator).toBe('sps')
      // With verification on, the self-signed certificate is refused.
      await expect(rawRequest(`${first.urls.sps}/__sim/state`, { rejectUnauthorized: true })).rejects.toThrow(/self[- ]signed/i)
    } finally {
      await first.close()
    }
    expect((await stat(join(dataDir, 'tls', 'sim-key.pem'))).mode & 0o077).toBe(0)

    const second = await startSimulators({ ports: FREE_PORTS, https: true, dataDir })
    try {
      expect(second.certificateFingerprint).toBe(fingerprint)
    } finally {
      await second.close()
    }
  })
})
