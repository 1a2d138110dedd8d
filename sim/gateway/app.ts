import { createVendorSimApp, type SimApp } from '../framework/sim-app'
import type { SimAppOptions } from '../framework/sim-app-options'
import { GatewayData } from './data/gateway-data'
import { renderGatewayFault } from './gateway-fault-response'

/**
 * The Remote Access API gateway simulator: Secure Web Sessions under `/v2-edge/sws/…` and the
 * service-account token realm, around the seeded SWS tenant. Their routes register on `app`.
 */
export function createGatewayApp(options: SimAppOptions): SimApp<GatewayData> {
  return createVendorSimApp(options, {
    name: 'gateway',
    buildData: (dataOptions) => new GatewayData(dataOptions),
    renderFault: renderGatewayFault,
  })
}
