import { createGatewayApp } from './gateway/app'
import type { GatewayData } from './gateway/data/gateway-data'
import { createIdentityApp } from './identity/app'
import type { IdentityData } from './identity/data/identity-data'
import { DEFAULT_SIM_DATA_DIR } from './framework/data-dir'
import type { FaultRuleInput } from './framework/fault-rules'
import { loadOrCreateCertificate } from './framework/https-certificate'
import type { SimApp } from './framework/sim-app'
import type { SimAppOptions } from './framework/sim-app-options'
import type { SimContext, SimDataModel } from './framework/sim-context'
import type { SimProfileName } from './framework/sim-profile'
import { listen, type TlsMaterial } from './framework/sim-server'
import { DEFAULT_PORTS, SIMULATOR_NAMES, type SimulatorName } from './framework/simulator-name'
import { createSpsApp } from './sps/app'
import type { SpsData } from './sps/data/sps-data'

export const DEFAULT_SIM_SEED = 'gatehouse'

export interface StartSimulatorsOptions {
  /** Default `small`. */
  readonly profile?: SimProfileName
  /** Default `gatehouse`. */
  readonly seed?: string
  /** Epoch ms generated timestamps count back from; a fixed date by default. */
  readonly dataNow?: number
  /** Default 127.0.0.1: the simulators are for this machine only. */
  readonly host?: string
  /** Default 4101/4102/4103; 0 picks a free port. */
  readonly ports?: Partial<Record<SimulatorName, number>>
  /** Serve HTTPS with a self-signed certificate kept in `dataDir`. */
  readonly https?: boolean
  /** Default `data/sim/` (git-ignored). */
  readonly dataDir?: string
  /** Fault rules active from the start, per simulator. */
  readonly faults?: Partial<Record<SimulatorName, readonly FaultRuleInput[]>>
}

export interface RunningSimulator<D extends SimDataModel> {
  readonly name: SimulatorName
  /** Base URL, e.g. `http://127.0.0.1:4101`. */
  readonly url: string
  readonly port: number
  readonly app: SimApp<D>['app']
  readonly context: SimContext<D>
}

export interface RunningSimulators {
  readonly profile: SimProfileName
  readonly seed: string
  readonly https: boolean
  /** SHA-256 fingerprint of the served certificate, with `https`. */
  readonly certificateFingerprint: string | null
  readonly urls: Readonly<Record<SimulatorName, string>>
  readonly identity: RunningSimulator<IdentityData>
  readonly gateway: RunningSimulator<GatewayData>
  readonly sps: RunningSimulator<SpsData>
  /** Expires every token of every simulator. */
  expireAllTokens(): void
  /** Resets every simulator to its seed. */
  reset(): void
  close(): Promise<void>
}

/** Starts the three simulators in this process and resolves once all of them listen. */
export async function startSimulators(options: StartSimulatorsOptions = {}): Promise<RunningSimulators> {
  const profile = options.profile ?? 'small'
  const seed = options.seed ?? DEFAULT_SIM_SEED
  const host = options.host ?? '127.0.0.1'
  const dataDir = options.dataDir ?? DEFAULT_SIM_DATA_DIR
  const certificate = options.https ? await loadOrCreateCertificate(dataDir) : null
  const tls: TlsMaterial | undefined = certificate ?? undefined
  const appOptions = (name: SimulatorName): SimAppOptions => ({ profile, seed, dataNow: options.dataNow, dataDir, faults: options.faults?.[name] })

  const portOf = (name: SimulatorName): number => options.ports?.[name] ?? DEFAULT_PORTS[name]
  const started: { close(): Promise<void> }[] = []
  async function start<D extends SimDataModel>(name: SimulatorName, sim: SimApp<D>): Promise<RunningSimulator<D>> {
    const server = await listen(sim.app, sim.context, { host, port: portOf(name), tls })
    started.push(server)
    return { name, url: server.url, port: server.port, app: sim.app, context: sim.context }
  }

  try {
    const identity = await start('identity', createIdentityApp(appOptions('identity')))
    const gateway = await start('gateway', createGatewayApp(appOptions('gateway')))
    const sps = await start('sps', createSpsApp(appOptions('sps')))
    const all = { identity, gateway, sps }
    return {
      profile,
      seed,
      https: Boolean(options.https),
      certificateFingerprint: certificate?.fingerprint256 ?? null,
      urls: { identity: identity.url, gateway: gateway.url, sps: sps.url },
      identity,
      gateway,
      sps,
      expireAllTokens() {
        for (const name of SIMULATOR_NAMES) all[name].context.tokens.expireAll()
      },
      reset() {
        for (const name of SIMULATOR_NAMES) all[name].context.reset()
      },
      async close() {
        await Promise.all(started.map((server) => server.close()))
      },
    }
  } catch (error) {
    // One port taken: do not leave the others listening.
    await Promise.all(started.map((server) => server.close()))
    throw error
  }
}
