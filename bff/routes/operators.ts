import { Hono } from 'hono'
import { createOperatorRequestSchema, type OperatorSummary } from '../../contract/operators'
import type { RoleGrant } from '../../contract/roles'
import type { AppEnv } from '../app-env'
import { conflict, validationFailed } from '../http/api-error'
import { validate } from '../http/validate'
import { hashPassword } from '../security/passwords'
import { requirePermission } from '../security/rbac'
import { getSession, requireSession } from '../security/sessions'
import { createOperator, findOperatorByUsername, listGrants, listOperators, type OperatorRecord } from '../store/operators-repo'
import { findTenant } from '../store/tenants-repo'

const manage = requirePermission('console.operators.manage')

const toSummary = (operator: OperatorRecord, grants: RoleGrant[]): OperatorSummary => ({
  id: operator.id,
  username: operator.username,
  displayName: operator.displayName,
  disabled: operator.disabled,
  grants,
  createdAt: operator.createdAt.toISOString(),
})

export const operatorRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', manage, async (c) => {
    const items = (await listOperators(c.var.deps.db)).map((operator) => toSummary(operator, operator.grants))
    return c.json({ items, total: items.length, page: 1, pageSize: items.length }, 200)
  })
  .post('/', manage, validate('json', createOperatorRequestSchema), async (c) => {
    const input = c.req.valid('json')
    const { db, log, now } = c.var.deps
    if (await findOperatorByUsername(db, input.username)) throw conflict(`An operator named "${input.username}" already exists.`)
    for (const [index, grant] of input.grants.entries()) {
      if (grant.tenantId !== null && !(await findTenant(db, grant.tenantId))) {
        throw validationFailed([{ path: `grants.${index}.tenantId`, message: `There is no tenant "${grant.tenantId}".` }])
      }
    }
    const operator = await createOperator(db, { ...input, passwordHash: await hashPassword(input.password) }, now())
    log.info('operator.created', { requestId: c.var.requestId, by: getSession(c).username, operator: operator.username })
    return c.json(toSummary(operator, await listGrants(db, operator.id)), 201)
  })

export type OperatorRoutes = typeof operatorRoutes
