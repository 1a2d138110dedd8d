import { DEFAULT_DATA_NOW_MS } from './data-time'
import type { FaultRuleInput } from './fault-rules'
import { SeedSource } from './seed-source'
import type { SimDataOptions } from './sim-data-options'
import { simProfile, type SimProfileName } from './sim-profile'
import type { TokenRegistry } from './token-registry'

/** What every vendor app factory (`createIdentityApp`, …) takes. */
export interface SimAppOptions {
  readonly profile: SimProfileName
  readonly seed: string
  /** Epoch ms generated timestamps count back from; a fixed date by default. */
  readonly dataNow?: number
  /** Where a simulator may keep generated files (keys, certificates); git-ignored `data/sim/`. */
  readonly dataDir?: string
  /** Fault rules active from the start. */
  readonly faults?: readonly FaultRuleInput[]
  readonly tokens?: TokenRegistry
}

export function simDataOptions(options: SimAppOptions): SimDataOptions {
  return {
    profile: simProfile(options.profile),
    seed: new SeedSource(options.seed),
    dataNow: options.dataNow ?? DEFAULT_DATA_NOW_MS,
  }
}
