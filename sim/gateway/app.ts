import { DEFAULT_SIM_DATA_DIR } from '../framework/data-dir'
import { createVendorSimApp, type SimApp } from '../framework/sim-app'
import type { SimAppOptions } from '../framework/sim-app-options'
import { swsBearerAuth } from './auth/bearer-auth'
import { ServiceAccountRealm } from './auth/service-account-realm'
import { registerTokenEndpoint } from './auth/token-endpoint'
import { GatewayData } from './data/gateway-data'
import { renderGatewayFault } from './gateway-fault-response'
import { noSuchPathProblem, problemResponse, SwsProblem } from './http/problem-json'
import { registerActivityRoutes } from './routes/activities'
import { registerPolicyRoutes } from './routes/policies'
import { registerRecordingRoutes } from './routes/recordings'
import { registerSessionRoutes } from './routes/sessions'
import { registerSimConfigRoutes } from './routes/sim-config'
import { registerUserRoutes } from './routes/users'

/**
 * The Remote Access API gateway simulator: the service-account token realm and the 16 Secure Web
 * Sessions operations under `/v2-edge/sws/…`, around the seeded SWS tenant.
 */
export function createGatewayApp(options: SimAppOptions): SimApp<GatewayData> {
  const sim = createVendorSimApp(options, {
    name: 'gateway',
    buildData: (dataOptions) => new GatewayData(dataOptions),
    renderFault: renderGatewayFault,
  })
  const { app, context } = sim
  const realm = new ServiceAccountRealm(context, options.dataDir ?? DEFAULT_SIM_DATA_DIR)

  app.notFound((c) => problemResponse(c, noSuchPathProblem(c.req.path)))
  app.onError((error, c) => {
    if (error instanceof SwsProblem) return problemResponse(c, error)
    process.stderr.write(`gateway simulator: ${error.stack ?? String(error)}\n`)
    return problemResponse(c, new SwsProblem(500, 'Internal Server Error'))
  })

  registerSimConfigRoutes(app, context.data)
  registerTokenEndpoint(app, realm)
  app.use('/v2-edge/*', swsBearerAuth(realm))
  registerPolicyRoutes(app, context)
  registerUserRoutes(app, context)
  registerActivityRoutes(app, context)
  registerRecordingRoutes(app, context)
  registerSessionRoutes(app, context)
  return sim
}
