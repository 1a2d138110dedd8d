import { afterAll, beforeAll, beforeEach } from 'vitest'
import { resetSimulator } from './sim-control'
import { spawnSimulators, type SpawnedSimulators } from './spawned-simulators'

/**
 * Simulators of this test file's own, started before its tests and stopped after them; with
 * `resetBeforeEach`, that simulator is reset before every test. The returned object is filled
 * in by beforeAll, so read its fields inside tests and hooks only.
 */
export function useSpawnedSimulators(options: { args?: readonly string[]; resetBeforeEach?: 'identity' | 'gateway' | 'sps' } = {}): SpawnedSimulators {
  const sims = {} as SpawnedSimulators
  beforeAll(async () => {
    Object.assign(sims, await spawnSimulators(options.args))
  }, 60_000)
  afterAll(async () => {
    await sims.stop?.()
  })
  const vendor = options.resetBeforeEach
  if (vendor) {
    beforeEach(async () => {
      await resetSimulator(sims[vendor])
    })
  }
  return sims
}
