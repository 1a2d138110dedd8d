import { createVendorSimApp, type SimApp } from '../framework/sim-app'
import type { SimAppOptions } from '../framework/sim-app-options'
import { TokenRegistry } from '../framework/token-registry'
import { registerPlatformTokenRoute } from './auth/platform-token-route'
import { IdentityData } from './data/identity-data'
import { failureEnvelope } from './envelope/identity-envelope'
import { identityRoutingPath } from './http/identity-path'
import { renderIdentityFault } from './identity-fault-response'
import { IdentityRuntime } from './identity-runtime'
import { rateLimitFromEnvironment, type IdentitySimOptions } from './identity-sim-options'
import { registerCDirectoryBulkImport } from './routes/cdirectory-bulk-import'
import { registerCDirectoryUserReads } from './routes/cdirectory-user-reads'
import { registerCDirectoryUserWrites } from './routes/cdirectory-user-writes'
import { registerExtDataRoutes } from './routes/extdata-routes'
import { registerOrgReads } from './routes/org-reads'
import { registerOrgWrites } from './routes/org-writes'
import { registerProfileAndSettings } from './routes/profile-and-settings'
import { registerRedrockQueryRoute } from './routes/redrock-query-route'
import { registerScimGroupsRoutes } from './routes/scim-groups-routes'
import { registerScimUsersRoutes } from './routes/scim-users-routes'
import { registerDirectoryServiceQuery } from './routes/usermgmt-directory-query'
import { registerUserMgmtInvitations } from './routes/usermgmt-invitations'
import { registerUserMgmtUserActions } from './routes/usermgmt-user-actions'
import { registerUserMgmtUserReads } from './routes/usermgmt-user-reads'

/**
 * The CyberArk Identity simulator: the shared framework (faults, `/__sim`) around the seeded
 * Identity tenant, with the tenant's REST API on top — OAuth2 platform tokens, CDirectoryService,
 * UserMgmt, ExtData, Org, Core, User, Redrock and SCIM, paths matched case-insensitively.
 */
export function createIdentityApp(options: SimAppOptions, identity: IdentitySimOptions = {}): SimApp<IdentityData> {
  const now = identity.now ?? Date.now
  const sim = createVendorSimApp(
    { ...options, tokens: options.tokens ?? new TokenRegistry({ now }) },
    {
      name: 'identity',
      buildData: (dataOptions) => new IdentityData(dataOptions),
      renderFault: renderIdentityFault,
      honoOptions: { getPath: identityRoutingPath },
    },
  )
  const runtime = new IdentityRuntime(sim.context, now, identity.rateLimit === undefined ? rateLimitFromEnvironment() : identity.rateLimit)
  const { app } = sim

  registerPlatformTokenRoute(app, runtime)
  registerCDirectoryUserReads(app, runtime)
  registerCDirectoryUserWrites(app, runtime)
  registerCDirectoryBulkImport(app, runtime)
  registerUserMgmtUserReads(app, runtime)
  registerUserMgmtUserActions(app, runtime)
  registerUserMgmtInvitations(app, runtime)
  registerExtDataRoutes(app, runtime)
  registerOrgReads(app, runtime)
  registerOrgWrites(app, runtime)
  registerProfileAndSettings(app, runtime)
  registerRedrockQueryRoute(app, runtime)
  registerDirectoryServiceQuery(app, runtime)
  registerScimUsersRoutes(app, runtime)
  registerScimGroupsRoutes(app, runtime)

  app.notFound((c) => c.json(failureEnvelope(`The requested API '${c.req.method} ${c.req.path}' was not found.`), 404))
  app.onError((error, c) => c.json(failureEnvelope(error.message, { exceptionType: 'System.Exception' }), 500))
  return sim
}
