import type { FaultController, FaultRuleState } from './fault-rules'
import type { InspectableCollection, OverlayChanges } from './overlay-store'
import type { PendingWaits } from './pending-waits'
import type { RequestCounters, RequestCountsSnapshot } from './request-counters'
import type { SeedSource } from './seed-source'
import type { SimProfile, SimProfileName } from './sim-profile'
import type { SimulatorName } from './simulator-name'
import type { TokenRegistry, TokenRegistryStats } from './token-registry'

/** A vendor's seeded data model as the framework sees it. */
export interface SimDataModel {
  /** Named collections that `/__sim/collections` can list and read. */
  readonly collections: Readonly<Record<string, InspectableCollection>>
  /** Drops every change, back to what the seed generates. */
  reset(): void
  /** Facts for `GET /__sim/state` beyond the collection sizes (e.g. ids of named records). */
  describe(): Record<string, unknown>
}

export interface SimState {
  readonly simulator: SimulatorName
  readonly profile: SimProfileName
  readonly seed: string
  readonly dataNow: string
  readonly startedAt: string
  readonly collections: Readonly<Record<string, OverlayChanges & { readonly size: number }>>
  readonly data: Record<string, unknown>
  readonly faults: readonly FaultRuleState[]
  readonly tokens: TokenRegistryStats
  readonly requests: RequestCountsSnapshot
  /** Requests currently held by latency or hang faults. */
  readonly pendingRequests: number
}

/** Everything one running simulator holds; vendor routes reach their data and tokens through it. */
export class SimContext<D extends SimDataModel> {
  readonly name: SimulatorName
  readonly profile: SimProfile
  readonly seed: SeedSource
  readonly dataNow: number
  readonly data: D
  readonly tokens: TokenRegistry
  readonly faults: FaultController
  readonly requests: RequestCounters
  readonly waits: PendingWaits
  readonly startedAt = Date.now()
  private readonly resetHooks: (() => void)[] = []

  constructor(parts: SimContextParts<D>) {
    this.name = parts.name
    this.profile = parts.profile
    this.seed = parts.seed
    this.dataNow = parts.dataNow
    this.data = parts.data
    this.tokens = parts.tokens
    this.faults = parts.faults
    this.requests = parts.requests
    this.waits = parts.waits
  }

  /** Vendor state beyond the data model (open transactions, rate windows…) clears on reset too. */
  onReset(hook: () => void): void {
    this.resetHooks.push(hook)
  }

  /** Back to the seed: data overlay, faults, tokens, counters and held requests all cleared. */
  reset(): void {
    this.waits.releaseAll()
    this.faults.clear()
    this.data.reset()
    this.tokens.clear()
    this.requests.clear()
    for (const hook of this.resetHooks) hook()
  }

  state(): SimState {
    const collections: Record<string, OverlayChanges & { size: number }> = {}
    for (const [name, collection] of Object.entries(this.data.collections)) {
      collections[name] = { size: collection.size, ...collection.changes() }
    }
    return {
      simulator: this.name,
      profile: this.profile.name,
      seed: this.seed.seed,
      dataNow: new Date(this.dataNow).toISOString(),
      startedAt: new Date(this.startedAt).toISOString(),
      collections,
      data: this.data.describe(),
      faults: this.faults.list(),
      tokens: this.tokens.stats(),
      requests: this.requests.snapshot(),
      pendingRequests: this.waits.count,
    }
  }
}

export type SimContextParts<D extends SimDataModel> = Pick<
  SimContext<D>,
  'name' | 'profile' | 'seed' | 'dataNow' | 'data' | 'tokens' | 'faults' | 'requests' | 'waits'
>
