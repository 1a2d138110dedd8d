import { Hono, type Context } from 'hono'
import type { AuditAction } from '../../contract/audit-log'
import {
  addAttributeRequestSchema,
  ATTRIBUTE_NAME,
  changeAttributeRequestSchema,
  confirmNameMessage,
  deleteAttributeRequestSchema,
  updateSchemaRequestSchema,
  type AttributeColumn,
} from '../../contract/identity-schema'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { notFound, validationFailed } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import { addAttribute, changeAttribute, deleteAttribute, readAttributeSchema, updateAttributeSchema } from '../vendors/identity/identity-users-schema'

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const attributeTarget = (name: string) => `attribute ${name} (Users schema)`

/** The attribute named in the path; a name Identity could not hold is simply not there. */
function attributeName(c: Context<AppEnv>): string {
  const name = c.req.param('name') ?? ''
  if (!ATTRIBUTE_NAME.test(name)) throw notFound(`Attribute ${name}`)
  return name
}

/** Runs a schema change and audits it: success with `details(result)`, or failure with the error's message (then rethrows). */
async function audited<T>(
  c: Context<AppEnv>,
  entry: { action: AuditAction; target: string; reason: string | undefined; details: Record<string, unknown> },
  change: () => Promise<T>,
  successDetails: (result: T) => Record<string, unknown> = () => entry.details,
): Promise<T> {
  const base = { action: entry.action, target: entry.target, reason: entry.reason, tenantId: tenantOf(c) }
  try {
    const result = await change()
    await recordAudit(c, { ...base, result: 'success', details: successDetails(result) })
    return result
  } catch (error) {
    await recordAudit(c, { ...base, result: 'failure', details: { ...entry.details, error: error instanceof Error ? error.message : String(error) } })
    throw error
  }
}

const definition = (column: Omit<AttributeColumn, 'name'>) => ({
  title: column.title,
  description: column.description,
  type: column.type,
  userEditable: column.userEditable,
})

/**
 * /api/t/:tenant/identity/schema — the tenant's extended user attributes (ExtData, table Users).
 * Identity's UpdateSchema deletes every column it is not sent, so each change here reads the
 * columns and sends them all back; a column goes only through the deliberate DELETE below.
 */
export const identitySchemaRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', requirePermission('identity.users.read'), async (c) => {
    const client = await c.var.deps.vendors.identity(tenantOf(c))
    return c.json(await readAttributeSchema(client, c.var.requestId), 200)
  })
  // Adds or changes attributes; every existing one is kept (UpdateSchema deletes what it is not sent).
  .put('/', requirePermission('identity.users.write'), requireRecentAuth, validate('json', updateSchemaRequestSchema), async (c) => {
    const { columns, reason } = c.req.valid('json')
    const client = await c.var.deps.vendors.identity(tenantOf(c))
    const names = columns.map((column) => column.name)
    const schema = await audited(c, { action: 'identity.schema.update', target: 'attribute schema (Users)', reason, details: { columns: names } }, () =>
      updateAttributeSchema(client, columns, c.var.requestId),
    )
    return c.json(schema, 200)
  })
  .post('/attributes', requirePermission('identity.users.write'), requireRecentAuth, validate('json', addAttributeRequestSchema), async (c) => {
    const { reason, ...column } = c.req.valid('json')
    const client = await c.var.deps.vendors.identity(tenantOf(c))
    const schema = await audited(c, { action: 'identity.schema.update', target: attributeTarget(column.name), reason, details: { added: column } }, () =>
      addAttribute(client, column, c.var.requestId),
    )
    return c.json(schema, 201)
  })
  .patch('/attributes/:name', requirePermission('identity.users.write'), requireRecentAuth, validate('json', changeAttributeRequestSchema), async (c) => {
    const name = attributeName(c)
    const { reason, expected, ...next } = c.req.valid('json')
    const client = await c.var.deps.vendors.identity(tenantOf(c))
    const { schema } = await audited(
      c,
      { action: 'identity.schema.update', target: attributeTarget(name), reason, details: { before: definition(expected), after: definition(next) } },
      () => changeAttribute(client, name, expected, next, c.var.requestId),
      ({ before }) => ({ before: definition(before), after: definition(next) }),
    )
    return c.json(schema, 200)
  })
  // Deliberate and confirmed: the name typed again, a reason, a recent sign-in; every user's value goes with it.
  .delete('/attributes/:name', requirePermission('identity.users.write'), requireRecentAuth, validate('json', deleteAttributeRequestSchema), async (c) => {
    const name = attributeName(c)
    const { confirmName, reason } = c.req.valid('json')
    if (confirmName !== name) throw validationFailed([{ path: 'confirmName', message: confirmNameMessage(name) }])
    const client = await c.var.deps.vendors.identity(tenantOf(c))
    const { schema } = await audited(
      c,
      { action: 'identity.schema.delete-attribute', target: attributeTarget(name), reason, details: {} },
      () => deleteAttribute(client, name, c.var.requestId),
      ({ deleted, schema: after }) => ({ deleted: definition(deleted), columnsLeft: after.columns.length }),
    )
    return c.json(schema, 200)
  })

export type IdentitySchemaRoutes = typeof identitySchemaRoutes
