import type { SeedSource } from './seed-source'
import type { SimProfile } from './sim-profile'

/** What every vendor data model is built from. */
export interface SimDataOptions {
  readonly profile: SimProfile
  readonly seed: SeedSource
  /** Epoch ms that generated timestamps count back from. */
  readonly dataNow: number
}
