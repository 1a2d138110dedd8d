import { hashKey, Rng, type KeyPart } from './prng'

/**
 * The seed of one simulated tenant. Every generator asks it for a generator keyed by what it is
 * building (`rng('identity.user', 4711)`), so the same seed always yields the same records.
 */
export class SeedSource {
  readonly seed: string
  private readonly seedHash: number

  constructor(seed: string) {
    this.seed = seed
    this.seedHash = hashKey('gatehouse-sim-seed', seed)
  }

  rng(...parts: KeyPart[]): Rng {
    return Rng.forKey(this.seedHash, ...parts)
  }

  /** A stable 32-bit number for a key, for cheap decisions that need no full generator. */
  hash(...parts: KeyPart[]): number {
    return hashKey(this.seedHash, ...parts)
  }

  /** Uniform in [0, 1) for a key. */
  unit(...parts: KeyPart[]): number {
    return this.hash(...parts) / 0x1_0000_0000
  }
}
