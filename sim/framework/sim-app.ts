import { Hono } from 'hono'
import type { HonoOptions } from 'hono/hono-base'
import { faultMiddleware } from './fault-middleware'
import { plainTextFault, type FaultRenderer } from './fault-response'
import { FaultController, type FaultRuleInput } from './fault-rules'
import { PendingWaits } from './pending-waits'
import { RequestCounters } from './request-counters'
import { simDataOptions, type SimAppOptions } from './sim-app-options'
import { registerSimControlRoutes } from './sim-control-routes'
import { SimContext, type SimDataModel } from './sim-context'
import type { SimDataOptions } from './sim-data-options'
import type { SimEnv } from './sim-env'
import type { SeedSource } from './seed-source'
import type { SimProfile } from './sim-profile'
import type { SimulatorName } from './simulator-name'
import { TokenRegistry } from './token-registry'

export interface CreateSimAppOptions<D extends SimDataModel> {
  readonly name: SimulatorName
  readonly profile: SimProfile
  readonly seed: SeedSource
  readonly dataNow: number
  readonly data: D
  /** Pass one to share it; by default each simulator has its own. */
  readonly tokens?: TokenRegistry
  /** Rules active from the start (e.g. from `--faults`). */
  readonly faults?: readonly FaultRuleInput[]
  /** Renders injected 429/5xx answers in the vendor's error format. */
  readonly renderFault?: FaultRenderer
  /** E.g. a `getPath` that lower-cases paths for a vendor whose paths are case-insensitive. */
  readonly honoOptions?: HonoOptions<SimEnv>
}

export interface SimApp<D extends SimDataModel> {
  readonly app: Hono<SimEnv>
  readonly context: SimContext<D>
}

/**
 * The skeleton of every simulator: a Hono app with the fault middleware and the `/__sim` control
 * routes already in place. The vendor registers its own routes on `app` afterwards.
 */
export function createSimApp<D extends SimDataModel>(options: CreateSimAppOptions<D>): SimApp<D> {
  const context = new SimContext({
    name: options.name,
    profile: options.profile,
    seed: options.seed,
    dataNow: options.dataNow,
    data: options.data,
    tokens: options.tokens ?? new TokenRegistry(),
    faults: new FaultController(),
    requests: new RequestCounters(),
    waits: new PendingWaits(),
  })
  if (options.faults?.length) context.faults.replace(options.faults)
  const app = new Hono<SimEnv>(options.honoOptions)
  registerSimControlRoutes(app, context)
  app.use('*', faultMiddleware(context, options.renderFault ?? plainTextFault))
  return { app, context }
}

export interface VendorSimAppParts<D extends SimDataModel> {
  readonly name: SimulatorName
  readonly buildData: (options: SimDataOptions) => D
  readonly renderFault: FaultRenderer
  readonly honoOptions?: HonoOptions<SimEnv>
}

/** The usual way a vendor app starts: its data model built from the common app options. */
export function createVendorSimApp<D extends SimDataModel>(options: SimAppOptions, parts: VendorSimAppParts<D>): SimApp<D> {
  const dataOptions = simDataOptions(options)
  return createSimApp({
    name: parts.name,
    profile: dataOptions.profile,
    seed: dataOptions.seed,
    dataNow: dataOptions.dataNow,
    data: parts.buildData(dataOptions),
    tokens: options.tokens,
    faults: options.faults,
    renderFault: parts.renderFault,
    honoOptions: parts.honoOptions,
  })
}
