import { Hono } from 'hono'
import type { TenantSummary } from '../../contract/tenants'
import type { AppEnv } from '../app-env'
import { getSession, requireSession } from '../security/sessions'
import { listTenants } from '../store/tenants-repo'

export const tenantRoutes = new Hono<AppEnv>().get('/', requireSession, async (c) => {
  const { grants } = getSession(c)
  const everyTenant = grants.some((grant) => grant.tenantId === null)
  const visible = new Set(grants.map((grant) => grant.tenantId))
  const tenants = await listTenants(c.var.deps.db)
  const items: TenantSummary[] = tenants.filter((tenant) => everyTenant || visible.has(tenant.id))
  return c.json({ items, total: items.length, page: 1, pageSize: items.length }, 200)
})

export type TenantRoutes = typeof tenantRoutes
