import { createVendorSimApp, type SimApp } from '../framework/sim-app'
import type { SimAppOptions } from '../framework/sim-app-options'
import { IdentityData } from './data/identity-data'
import { renderIdentityFault } from './identity-fault-response'

/**
 * The CyberArk Identity simulator: the shared framework (faults, `/__sim`) around the seeded
 * Identity tenant. The Identity endpoints register their routes on the returned `app`.
 */
export function createIdentityApp(options: SimAppOptions): SimApp<IdentityData> {
  return createVendorSimApp(options, {
    name: 'identity',
    buildData: (dataOptions) => new IdentityData(dataOptions),
    renderFault: renderIdentityFault,
  })
}
