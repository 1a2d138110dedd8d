import { DEFAULT_DATA_NOW_MS } from '../framework/data-time'
import { SeedSource } from '../framework/seed-source'
import type { SimDataOptions } from '../framework/sim-data-options'
import { simProfile, type SimProfileName } from '../framework/sim-profile'
import { GatewayData } from '../gateway/data/gateway-data'
import { IdentityData } from '../identity/data/identity-data'
import { SpsData } from '../sps/data/sps-data'

export function dataOptions(profile: SimProfileName = 'small', seed = 'gatehouse'): SimDataOptions {
  return { profile: simProfile(profile), seed: new SeedSource(seed), dataNow: DEFAULT_DATA_NOW_MS }
}

export interface AllData {
  readonly identity: IdentityData
  readonly gateway: GatewayData
  readonly sps: SpsData
}

export function allData(profile: SimProfileName = 'small', seed = 'gatehouse'): AllData {
  const options = dataOptions(profile, seed)
  return { identity: new IdentityData(options), gateway: new GatewayData(options), sps: new SpsData(options) }
}

/** Every string, and every empty value (null, '' or []), anywhere inside a value. */
export function leaves(value: unknown, out: { strings: string[]; empties: number } = { strings: [], empties: 0 }): { strings: string[]; empties: number } {
  if (value === null || value === '') out.empties++
  else if (typeof value === 'string') out.strings.push(value)
  else if (Array.isArray(value)) {
    if (value.length === 0) out.empties++
    for (const item of value) leaves(item, out)
  } else if (typeof value === 'object') {
    for (const item of Object.values(value as Record<string, unknown>)) leaves(item, out)
  }
  return out
}
