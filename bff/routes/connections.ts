import { Hono, type Context } from 'hono'
import {
  identityConnectionRequestSchema,
  removeRequestSchema,
  spsConnectionRequestSchema,
  swsConnectionRequestSchema,
  VENDORS,
  type Vendor,
} from '../../contract/connections'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { connectionSealContext, tenantConnectionsView } from '../connections/connection-views'
import { testConnection } from '../connections/test-connection'
import { notFound, validationFailed } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { assertRecentAuth, requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import { deleteConnection, findConnection, listConnections, saveConnection } from '../store/connections-repo'
import { findTenant } from '../store/tenants-repo'

async function tenantOf(c: Context<AppEnv>) {
  const tenantId = c.req.param('tenantId') ?? ''
  const tenant = await findTenant(c.var.deps.db, tenantId)
  if (!tenant) throw notFound(`The tenant "${tenantId}"`)
  return tenant
}

interface SaveInput {
  config: Record<string, unknown>
  secret: string | undefined
  /** Where the secret sits in the request, for the field error when it is missing. */
  secretField: string
  reason?: string
}

/**
 * Stores one vendor connection: settings as they are, the secret sealed. A secret is required the
 * first time; replacing an existing one needs a recent re-authentication.
 */
async function save(c: Context<AppEnv>, vendor: Vendor, input: SaveInput) {
  const { db, now, sealer } = c.var.deps
  const tenant = await tenantOf(c)
  const existing = await findConnection(db, tenant.id, vendor)
  if (!existing && !input.secret) throw validationFailed([{ path: input.secretField, message: 'Enter the secret: this connection has none yet' }])
  if (existing && input.secret) assertRecentAuth(c)
  const secretSealed = input.secret ? sealer.seal(input.secret, connectionSealContext(tenant.id, vendor)) : null
  await saveConnection(db, { tenantId: tenant.id, vendor, config: input.config, secretSealed }, now())
  await recordAudit(c, {
    action: 'connection.save',
    tenantId: tenant.id,
    target: vendor,
    reason: input.reason,
    result: 'success',
    details: { created: !existing, secretReplaced: Boolean(existing && input.secret), config: input.config },
  })
  return c.json(tenantConnectionsView(tenant, await listConnections(db, tenant.id)), 200)
}

/** /api/tenants/:tenantId/connections — admin only. */
export const connectionRoutes = new Hono<AppEnv>()
  .use(requireSession, requirePermission('console.connections.manage'))
  .get('/', async (c) => {
    const tenant = await tenantOf(c)
    return c.json(tenantConnectionsView(tenant, await listConnections(c.var.deps.db, tenant.id)), 200)
  })
  .put('/identity', validate('json', identityConnectionRequestSchema), async (c) => {
    const { clientSecret, reason, ...config } = c.req.valid('json')
    return save(c, 'identity', { config, secret: clientSecret, secretField: 'clientSecret', reason })
  })
  .put('/sws', validate('json', swsConnectionRequestSchema), async (c) => {
    const { secret, reason, ...config } = c.req.valid('json')
    return save(c, 'sws', { config, secret, secretField: 'secret', reason })
  })
  .put('/sps', validate('json', spsConnectionRequestSchema), async (c) => {
    const { password, reason, ...config } = c.req.valid('json')
    return save(c, 'sps', { config, secret: password, secretField: 'password', reason })
  })
  .delete('/:vendor', requireRecentAuth, validate('json', removeRequestSchema), async (c) => {
    const vendor = c.req.param('vendor') as Vendor
    if (!VENDORS.includes(vendor)) throw notFound(`The connection type "${vendor}"`)
    const { reason } = c.req.valid('json')
    const tenant = await tenantOf(c)
    if (!(await deleteConnection(c.var.deps.db, tenant.id, vendor))) throw notFound(`The ${vendor} connection of "${tenant.name}"`)
    await recordAudit(c, { action: 'connection.delete', tenantId: tenant.id, target: vendor, reason, result: 'success' })
    return c.json(tenantConnectionsView(tenant, await listConnections(c.var.deps.db, tenant.id)), 200)
  })

  .post('/:vendor/test', async (c) => {
    const vendor = c.req.param('vendor') as Vendor
    if (!VENDORS.includes(vendor)) throw notFound(`The connection type "${vendor}"`)
    const tenant = await tenantOf(c)
    const record = await findConnection(c.var.deps.db, tenant.id, vendor)
    if (!record) throw notFound(`The ${vendor} connection of "${tenant.name}"`)
    const result = await testConnection(c.var.deps, record, c.var.requestId)
    await recordAudit(c, {
      action: 'connection.test',
      tenantId: tenant.id,
      target: vendor,
      result: result.ok ? 'success' : 'failure',
      details: result.ok ? { latencyMs: result.latencyMs } : { code: result.code, message: result.message },
    })
    return c.json(result, 200)
  })

export type ConnectionRoutes = typeof connectionRoutes
