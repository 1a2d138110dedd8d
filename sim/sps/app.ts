import { createVendorSimApp, type SimApp } from '../framework/sim-app'
import type { SimAppOptions } from '../framework/sim-app-options'
import { SpsData } from './data/sps-data'
import { renderSpsFault } from './sps-fault-response'

/**
 * The Safeguard for Privileged Sessions simulator: the shared framework around the seeded
 * appliance. The `/api/…` endpoints register their routes on the returned `app`.
 */
export function createSpsApp(options: SimAppOptions): SimApp<SpsData> {
  return createVendorSimApp(options, {
    name: 'sps',
    buildData: (dataOptions) => new SpsData(dataOptions),
    renderFault: renderSpsFault,
  })
}
