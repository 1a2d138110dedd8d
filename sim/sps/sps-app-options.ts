import type { SimAppOptions } from '../framework/sim-app-options'
import { DEFAULT_SPS_VERSION, parseSpsVersion, type SpsApiVersion } from './sps-api-version'

/** `createSpsApp` options: the common ones plus the SPS firmware behaviour and its timers. */
export interface SpsAppOptions extends SimAppOptions {
  /** Firmware version to behave as (`6.0.7` default, `7.0.5` / `7` for the 7.x behaviour); env `SIM_SPS_VERSION`. */
  readonly spsVersion?: string
  /**
   * Idle time after which a login session ends and its open transaction is cancelled (the
   * documented 20 minutes by default); env `SIM_SPS_IDLE_TIMEOUT_SECONDS`. Tests shorten it.
   */
  readonly idleTimeoutSeconds?: number
  /** The clock for session expiry, `remaining_seconds` and change times (tests inject one). */
  readonly now?: () => number
}

export const DEFAULT_IDLE_TIMEOUT_SECONDS = 20 * 60

export interface ResolvedSpsOptions {
  readonly version: SpsApiVersion
  readonly idleTimeoutSeconds: number
  readonly now: () => number
}

type Environment = Readonly<Record<string, string | undefined>>

/** Options win over the environment, the environment over the defaults. */
export function resolveSpsOptions(options: SpsAppOptions, env: Environment = process.env): ResolvedSpsOptions {
  const version = parseSpsVersion(options.spsVersion ?? env.SIM_SPS_VERSION ?? DEFAULT_SPS_VERSION)
  const idleText = env.SIM_SPS_IDLE_TIMEOUT_SECONDS
  const idleTimeoutSeconds = options.idleTimeoutSeconds ?? (idleText === undefined ? DEFAULT_IDLE_TIMEOUT_SECONDS : Number(idleText))
  if (!Number.isFinite(idleTimeoutSeconds) || idleTimeoutSeconds <= 0) throw new Error(`SPS idle timeout must be a positive number of seconds`)
  return { version, idleTimeoutSeconds, now: options.now ?? Date.now }
}
