import { Hono } from 'hono'
import { updateSchemaRequestSchema } from '../../contract/identity-schema'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import { readAttributeSchema, updateAttributeSchema } from '../vendors/identity/identity-users-schema'

/** /api/t/:tenant/identity/schema — the tenant's extended user attributes (ExtData, table Users). */
export const identitySchemaRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', requirePermission('identity.users.read'), async (c) => {
    const client = await c.var.deps.vendors.identity(c.req.param('tenant') ?? '')
    return c.json(await readAttributeSchema(client, c.var.requestId), 200)
  })
  // Adds or changes attributes; every existing one is kept (UpdateSchema deletes what it is not sent).
  .put('/', requirePermission('identity.users.write'), requireRecentAuth, validate('json', updateSchemaRequestSchema), async (c) => {
    const tenantId = c.req.param('tenant') ?? ''
    const { columns, reason } = c.req.valid('json')
    const client = await c.var.deps.vendors.identity(tenantId)
    const base = {
      action: 'identity.schema.update' as const,
      tenantId,
      target: 'attribute schema (Users)',
      reason,
    }
    try {
      const schema = await updateAttributeSchema(client, columns, c.var.requestId)
      await recordAudit(c, {
        ...base,
        result: 'success',
        details: { columns: columns.map((column) => column.name) },
      })
      return c.json(schema, 200)
    } catch (error) {
      await recordAudit(c, {
        ...base,
        result: 'failure',
        details: {
          columns: columns.map((column) => column.name),
          error: error instanceof Error ? error.message : String(error),
        },
      })
      throw error
    }
  })

export type IdentitySchemaRoutes = typeof identitySchemaRoutes
