import type { Hono } from 'hono'
import { OverlayStore } from '../framework/overlay-store'
import { createSimApp, type SimApp } from '../framework/sim-app'
import type { SimDataModel } from '../framework/sim-context'
import type { SimEnv } from '../framework/sim-env'
import { SeedSource } from '../framework/seed-source'
import { simProfile } from '../framework/sim-profile'
import { listen, type RunningServer } from '../framework/sim-server'

/** A tiny data model for framework tests: 1,000 generated notes. */
export interface TestNote {
  readonly id: string
  readonly title: string
}

export class TestData implements SimDataModel {
  readonly notes: OverlayStore<TestNote>
  readonly collections: SimDataModel['collections']

  constructor(seed: SeedSource) {
    this.notes = new OverlayStore<TestNote>({
      size: 1_000,
      idAt: (index) => `note-${index}`,
      recordAt: (index) => ({ id: `note-${index}`, title: `Note ${seed.rng('note', index).hex(6)}` }),
    })
    this.collections = { notes: this.notes }
  }

  reset(): void {
    this.notes.reset()
  }

  describe(): Record<string, unknown> {
    return { kind: 'test' }
  }
}

/**
 * A simulator built on the framework the way vendor apps are, with two plain routes:
 * `GET /ping` and `GET /protected` (Bearer token from the registry, 401 otherwise).
 */
export function createTestSimApp(): SimApp<TestData> {
  const seed = new SeedSource('framework-tests')
  const sim = createSimApp({ name: 'identity', profile: simProfile('small'), seed, dataNow: 0, data: new TestData(seed) })
  registerTestRoutes(sim.app, sim)
  return sim
}

function registerTestRoutes(app: Hono<SimEnv>, sim: SimApp<TestData>): void {
  app.get('/ping', (c) => c.json({ pong: true }))
  app.get('/protected', (c) => {
    const token = c.req.header('authorization')?.replace(/^Bearer /, '') ?? ''
    const check = sim.context.tokens.verify(token)
    if (!check.valid) return c.json({ error: check.reason }, 401)
    return c.json({ subject: check.token.subject })
  })
}

export interface RunningTestSim extends SimApp<TestData> {
  readonly url: string
  readonly server: RunningServer
}

export async function startTestSim(): Promise<RunningTestSim> {
  const sim = createTestSimApp()
  const server = await listen(sim.app, sim.context, { host: '127.0.0.1', port: 0 })
  return { ...sim, url: server.url, server }
}
