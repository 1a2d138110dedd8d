import { Hono } from 'hono'
import { removeRequestSchema } from '../../contract/connections'
import { createTenantRequestSchema, type TenantSummary } from '../../contract/tenants'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { conflict, notFound } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { getSession, requireSession } from '../security/sessions'
import { readTenantAccess } from '../security/tenant-access'
import { deleteTenant, findTenant, insertTenant, listTenants } from '../store/tenants-repo'

/** Console-wide tenant list and creation (/api/tenants). */
export const tenantRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', async (c) => {
    const { grants } = getSession(c)
    const everyTenant = grants.some((grant) => grant.tenantId === null)
    const visible = new Set(grants.map((grant) => grant.tenantId))
    const tenants = await listTenants(c.var.deps.db)
    const items: TenantSummary[] = tenants.filter((tenant) => everyTenant || visible.has(tenant.id))
    return c.json({ items, total: items.length, page: 1, pageSize: items.length }, 200)
  })
  .post('/', requirePermission('console.connections.manage'), requireRecentAuth, validate('json', createTenantRequestSchema), async (c) => {
    const { reason, ...tenant } = c.req.valid('json')
    if (await findTenant(c.var.deps.db, tenant.id)) throw conflict(`A tenant with the id "${tenant.id}" already exists.`)
    await insertTenant(c.var.deps.db, tenant, c.var.deps.now())
    await recordAudit(c, { action: 'tenant.create', tenantId: tenant.id, target: tenant.name, reason, result: 'success' })
    return c.json(tenant satisfies TenantSummary, 201)
  })
  .delete('/:id', requirePermission('console.connections.manage'), requireRecentAuth, validate('json', removeRequestSchema), async (c) => {
    const { reason } = c.req.valid('json')
    const tenant = await findTenant(c.var.deps.db, c.req.param('id'))
    if (!tenant) throw notFound(`The tenant "${c.req.param('id')}"`)
    // Connections and per-tenant role grants go with it (foreign keys cascade); the audit log keeps its history.
    await deleteTenant(c.var.deps.db, tenant.id)
    await recordAudit(c, { action: 'tenant.delete', tenantId: tenant.id, target: tenant.name, reason, result: 'success' })
    return c.body(null, 204)
  })

/** One tenant as the operator may use it (/api/t/:tenant): 403 without any role there. */
export const tenantAccessRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', async (c) => c.json(await readTenantAccess(c.var.deps.db, getSession(c).grants, c.req.param('tenant') ?? ''), 200))

export type TenantRoutes = typeof tenantRoutes
export type TenantAccessRoutes = typeof tenantAccessRoutes
