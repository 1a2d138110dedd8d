import { Hono, type Context } from 'hono'
import {
  createOperatorRequestSchema,
  operatorActionRequestSchema,
  operatorIdParamSchema,
  updateGrantsRequestSchema,
  type OperatorSummary,
  type PasswordResetResult,
} from '../../contract/operators'
import type { RoleGrant } from '../../contract/roles'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { conflict, notFound, validationFailed } from '../http/api-error'
import { validate } from '../http/validate'
import { generatePassword, hashPassword } from '../security/passwords'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { getSession, requireSession } from '../security/sessions'
import {
  countActiveGlobalAdmins,
  createOperator,
  findOperatorById,
  findOperatorByUsername,
  listGrants,
  listOperators,
  replaceGrants,
  updateOperator,
  type OperatorRecord,
} from '../store/operators-repo'
import { replaceRecoveryCodes } from '../store/recovery-codes-repo'
import { deleteSessionsOfOperator } from '../store/sessions-repo'
import { findTenant } from '../store/tenants-repo'

const manage = requirePermission('console.operators.manage')

const toSummary = (operator: OperatorRecord, grants: RoleGrant[]): OperatorSummary => ({
  id: operator.id,
  username: operator.username,
  displayName: operator.displayName,
  disabled: operator.disabled,
  mfaEnabled: operator.mfaEnabledAt !== null,
  grants,
  createdAt: operator.createdAt.toISOString(),
})

const isGlobalAdmin = (grants: RoleGrant[]) => grants.some((grant) => grant.role === 'admin' && grant.tenantId === null)

async function checkTenantsExist(c: Context<AppEnv>, grants: RoleGrant[]): Promise<void> {
  for (const [index, grant] of grants.entries()) {
    if (grant.tenantId !== null && !(await findTenant(c.var.deps.db, grant.tenantId))) {
      throw validationFailed([{ path: `grants.${index}.tenantId`, message: `There is no tenant "${grant.tenantId}".` }])
    }
  }
}

async function targetOperator(c: Context<AppEnv>, id: string) {
  const operator = await findOperatorById(c.var.deps.db, id)
  if (!operator) throw notFound('That operator')
  return { operator, grants: await listGrants(c.var.deps.db, id) }
}

/** Refuses a change that would leave the console without an enabled admin for all tenants. */
async function keepOneGlobalAdmin(c: Context<AppEnv>, grants: RoleGrant[]): Promise<void> {
  if (isGlobalAdmin(grants) && (await countActiveGlobalAdmins(c.var.deps.db)) <= 1) {
    throw conflict('This is the last enabled admin for all tenants. Make someone else an admin first.')
  }
}

export const operatorRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', manage, async (c) => {
    const items = (await listOperators(c.var.deps.db)).map((operator) => toSummary(operator, operator.grants))
    return c.json({ items, total: items.length, page: 1, pageSize: items.length }, 200)
  })
  .post('/', manage, requireRecentAuth, validate('json', createOperatorRequestSchema), async (c) => {
    const { reason, ...input } = c.req.valid('json')
    const { db, now } = c.var.deps
    if (await findOperatorByUsername(db, input.username)) throw conflict(`An operator named "${input.username}" already exists.`)
    await checkTenantsExist(c, input.grants)
    const operator = await createOperator(db, { ...input, passwordHash: await hashPassword(input.password) }, now())
    await recordAudit(c, { action: 'operator.create', target: operator.username, reason, result: 'success', details: { grants: input.grants } })
    return c.json(toSummary(operator, await listGrants(db, operator.id)), 201)
  })
  .put('/:id/grants', manage, requireRecentAuth, validate('param', operatorIdParamSchema), validate('json', updateGrantsRequestSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { grants, reason } = c.req.valid('json')
    const { operator, grants: before } = await targetOperator(c, id)
    await checkTenantsExist(c, grants)
    if (!operator.disabled && isGlobalAdmin(before) && !isGlobalAdmin(grants)) await keepOneGlobalAdmin(c, before)
    await replaceGrants(c.var.deps.db, id, grants, c.var.deps.now())
    await recordAudit(c, { action: 'operator.update-roles', target: operator.username, reason, result: 'success', details: { before, after: grants } })
    return c.json(toSummary(operator, grants), 200)
  })
  .post('/:id/disable', manage, requireRecentAuth, validate('param', operatorIdParamSchema), validate('json', operatorActionRequestSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { operator, grants } = await targetOperator(c, id)
    if (id === getSession(c).operatorId) throw conflict('You cannot disable your own account.')
    if (!operator.disabled) await keepOneGlobalAdmin(c, grants)
    await updateOperator(c.var.deps.db, id, { disabled: true }, c.var.deps.now())
    await deleteSessionsOfOperator(c.var.deps.db, id)
    await recordAudit(c, { action: 'operator.disable', target: operator.username, reason, result: 'success' })
    return c.json(toSummary({ ...operator, disabled: true }, grants), 200)
  })
  .post('/:id/enable', manage, requireRecentAuth, validate('param', operatorIdParamSchema), validate('json', operatorActionRequestSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { operator, grants } = await targetOperator(c, id)
    await updateOperator(c.var.deps.db, id, { disabled: false }, c.var.deps.now())
    await recordAudit(c, { action: 'operator.enable', target: operator.username, reason, result: 'success' })
    return c.json(toSummary({ ...operator, disabled: false }, grants), 200)
  })
  .post('/:id/reset-password', manage, requireRecentAuth, validate('param', operatorIdParamSchema), validate('json', operatorActionRequestSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { operator } = await targetOperator(c, id)
    const temporaryPassword = generatePassword()
    await updateOperator(c.var.deps.db, id, { passwordHash: await hashPassword(temporaryPassword) }, c.var.deps.now())
    await deleteSessionsOfOperator(c.var.deps.db, id)
    await recordAudit(c, { action: 'operator.reset-password', target: operator.username, reason, result: 'success' })
    return c.json({ temporaryPassword } satisfies PasswordResetResult, 200)
  })
  .post('/:id/reset-mfa', manage, requireRecentAuth, validate('param', operatorIdParamSchema), validate('json', operatorActionRequestSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { operator, grants } = await targetOperator(c, id)
    const { db, now } = c.var.deps
    await updateOperator(db, id, { totpSecretSealed: null, totpPendingSealed: null, totpLastStep: null, mfaEnabledAt: null }, now())
    await replaceRecoveryCodes(db, id, [])
    await deleteSessionsOfOperator(db, id)
    await recordAudit(c, { action: 'operator.reset-mfa', target: operator.username, reason, result: 'success' })
    return c.json(toSummary({ ...operator, mfaEnabledAt: null }, grants), 200)
  })

export type OperatorRoutes = typeof operatorRoutes
