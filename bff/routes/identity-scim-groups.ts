import { Hono, type Context } from 'hono'
import { deleteRequestSchema, scimGroupListQuerySchema } from '../../contract/identity-organizations'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { notFound } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import { deleteScimGroup, listScimGroups, readScimGroup } from '../vendors/identity/identity-scim'

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''

/** /api/t/:tenant/identity/scim-groups — SCIM groups: listed with the organizations' read permission, deleted by admins. */
export const identityScimGroupRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', requirePermission('identity.organizations.read'), validate('query', scimGroupListQuerySchema), async (c) => {
    const { q, page, pageSize } = c.req.valid('query')
    const identity = await c.var.deps.vendors.identity(tenantOf(c))
    const { items, total } = await listScimGroups(identity, { q, page, pageSize }, c.var.requestId)
    return c.json({ items, total, page, pageSize }, 200)
  })
  .delete('/:groupId', requirePermission('identity.organizations.write'), validate('json', deleteRequestSchema), async (c) => {
    const { reason } = c.req.valid('json')
    const identity = await c.var.deps.vendors.identity(tenantOf(c))
    const id = c.req.param('groupId')
    const group = await readScimGroup(identity, id, c.var.requestId)
    if (!group) throw notFound('The SCIM group')
    const entry = { action: 'identity.scim-group.delete', tenantId: tenantOf(c), target: `SCIM group ${group.displayName} (${group.id})`, reason } as const
    try {
      await deleteScimGroup(identity, id, c.var.requestId)
    } catch (error) {
      await recordAudit(c, { ...entry, result: 'failure', details: { error: error instanceof Error ? error.message : String(error) } })
      throw error
    }
    await recordAudit(c, { ...entry, result: 'success', details: { members: group.memberCount } })
    return c.body(null, 204)
  })

export type IdentityScimGroupRoutes = typeof identityScimGroupRoutes
