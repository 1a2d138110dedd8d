import { randomUUID } from 'node:crypto'
import { Hono } from 'hono'
import type { AppEnv, Deps } from './app-env'
import { compressResponses } from './http/compress-responses'
import { handleApiNotFound, handleError } from './http/error-handler'
import { auditLogRoutes } from './routes/audit-log'
import { authRoutes } from './routes/auth'
import { connectionRoutes } from './routes/connections'
import { healthRoutes } from './routes/health'
import { operatorRoutes } from './routes/operators'
import { identityUserRoutes } from './routes/identity-users'
import { identitySchemaRoutes } from './routes/identity-schema'
import { identityImportRoutes } from './routes/identity-imports'
import { identityOrganizationRoutes } from './routes/identity-organizations'
import { identityScimGroupRoutes } from './routes/identity-scim-groups'
import { swsPolicyRoutes } from './routes/sws-policies'
import { swsUserRoutes } from './routes/sws-users'
import { swsActivityRoutes } from './routes/sws-activities'
import { swsSessionRoutes } from './routes/sws-sessions'
import { swsSessionPlayerRoutes } from './routes/sws-session-player'
import { spsUsergroupRoutes } from './routes/sps-usergroups'
import { spsLocalUserRoutes } from './routes/sps-local-users'
import { spsAclRoutes } from './routes/sps-acls'
import { spsTransactionRoutes } from './routes/sps-transaction'
import { spsPolicyRoutes } from './routes/sps-policies'
import { spsAuditedSessionRoutes } from './routes/sps-audited-sessions'
import { peopleRoutes } from './routes/people'
import { tenantAccessRoutes, tenantRoutes } from './routes/tenants'
import { csrfProtection } from './security/csrf'
import { securityHeaders } from './security/headers'
import { loadSession } from './security/sessions'
import { spaRoutes } from './static-spa'

/** The console API, one sub-app per area; each area's type feeds its own typed client in web/. */
export function createApiApp() {
  return new Hono<AppEnv>()
    .use(async (c, next) => {
      // Prepared before the handler so the response is built with it; adding a header afterwards
      // makes Hono rebuild the response as a stream. Set again only if a handler built its own.
      c.header('Cache-Control', 'no-store')
      await next()
      if (c.res.headers.get('Cache-Control') !== 'no-store') c.header('Cache-Control', 'no-store')
    })
    .use(csrfProtection)
    .use(loadSession)
    .route('/health', healthRoutes)
    .route('/auth', authRoutes)
    .route('/tenants', tenantRoutes)
    .route('/tenants/:tenantId/connections', connectionRoutes)
    .route('/t/:tenant', tenantAccessRoutes)
    .route('/t/:tenant/identity/users', identityUserRoutes)
    .route('/t/:tenant/identity/schema', identitySchemaRoutes)
    .route('/t/:tenant/identity/imports', identityImportRoutes)
    .route('/t/:tenant/identity/organizations', identityOrganizationRoutes)
    .route('/t/:tenant/identity/scim-groups', identityScimGroupRoutes)
    .route('/t/:tenant/sws/policies', swsPolicyRoutes)
    .route('/t/:tenant/sws/users', swsUserRoutes)
    .route('/t/:tenant/sws/activities', swsActivityRoutes)
    .route('/t/:tenant/sws/sessions', swsSessionRoutes)
    .route('/t/:tenant/sws/sessions/:sessionId', swsSessionPlayerRoutes)
    .route('/t/:tenant/sps/usergroups', spsUsergroupRoutes)
    .route('/t/:tenant/sps/local-users', spsLocalUserRoutes)
    .route('/t/:tenant/sps/acls', spsAclRoutes)
    .route('/t/:tenant/sps/transaction', spsTransactionRoutes)
    .route('/t/:tenant/sps/policies', spsPolicyRoutes)
    .route('/t/:tenant/sps/audited-sessions', spsAuditedSessionRoutes)
    .route('/t/:tenant/people', peopleRoutes)
    .route('/console/operators', operatorRoutes)
    .route('/console/audit-log', auditLogRoutes)
    .all('*', handleApiNotFound)
}

export type AppType = ReturnType<typeof createApiApp>

/** The whole BFF: security headers, the API under /api, and the SPA for everything else. */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>()
  app.use(async (c, next) => {
    c.set('deps', deps)
    c.set('requestId', randomUUID())
    c.set('session', null)
    await next()
  })
  app.use(securityHeaders({ https: new URL(deps.config.publicOrigin).protocol === 'https:' }))
  app.use(compressResponses())
  app.onError(handleError)
  app.route('/api', createApiApp())
  app.route('/', spaRoutes(deps.config.staticDir))
  return app
}
