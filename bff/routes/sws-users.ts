import { Hono, type Context } from 'hono'
import type { AuditAction } from '../../contract/audit-log'
import {
  swsUserDeleteRequestSchema,
  swsUserIdParamSchema,
  swsUserListQuerySchema,
  swsUserStatusRequestSchema,
  type SwsUserDetail,
  type SwsUserPage,
} from '../../contract/sws-users'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import { deleteSwsUser, getSwsUser, listSwsUsers, setSwsUserStatus } from '../vendors/sws/sws-users-api'

const read = requirePermission('sws.users.read')
const changeStatus = requirePermission('sws.users.status')
const remove = requirePermission('sws.users.delete')

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const sws = (c: Context<AppEnv>) => c.var.deps.vendors.sws(tenantOf(c))
const userTarget = (user: Pick<SwsUserDetail, 'id' | 'username'>) => `SWS user ${user.username} (${user.id})`

/** Runs a vendor change and audits it either way; a refusal is recorded with the vendor's words, then passed on. */
async function audited(c: Context<AppEnv>, entry: { action: AuditAction; target: string; reason: string | undefined; details?: Record<string, unknown> }, run: () => Promise<void>) {
  const base = { ...entry, tenantId: tenantOf(c) }
  try {
    await run()
  } catch (error) {
    const why = error instanceof ApiError ? { status: error.status, code: error.code, message: error.message } : { message: 'unexpected error' }
    await recordAudit(c, { ...base, result: 'failure', details: { ...entry.details, error: why } })
    throw error
  }
  await recordAudit(c, { ...base, result: 'success' })
}

/** /api/t/:tenant/sws/users — SWS users (seed 000 operations 7–10). */
export const swsUserRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, validate('query', swsUserListQuerySchema), async (c) => {
    const { q, page, pageSize } = c.req.valid('query')
    const { items, total } = await listSwsUsers(await sws(c), { q, offset: (page - 1) * pageSize, limit: pageSize }, c.var.requestId)
    return c.json({ items, total, page, pageSize } satisfies SwsUserPage, 200)
  })
  .get('/:userId', read, validate('param', swsUserIdParamSchema), async (c) => {
    const { userId } = c.req.valid('param')
    return c.json(await getSwsUser(await sws(c), userId, c.var.requestId), 200)
  })
  .put('/:userId/status', changeStatus, validate('param', swsUserIdParamSchema), validate('json', swsUserStatusRequestSchema), async (c) => {
    const { userId } = c.req.valid('param')
    const { status, reason } = c.req.valid('json')
    const client = await sws(c)
    const before = await getSwsUser(client, userId, c.var.requestId)
    await audited(
      c,
      {
        action: status === 'Activated' ? 'sws.user.activate' : 'sws.user.deactivate',
        target: userTarget(before),
        reason,
        details: { before: before.status, after: status },
      },
      () => setSwsUserStatus(client, userId, status, c.var.requestId),
    )
    return c.json({ ...before, status } satisfies SwsUserDetail, 200)
  })
  .delete('/:userId', remove, requireRecentAuth, validate('param', swsUserIdParamSchema), validate('json', swsUserDeleteRequestSchema), async (c) => {
    const { userId } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const client = await sws(c)
    const before = await getSwsUser(client, userId, c.var.requestId)
    await audited(
      c,
      { action: 'sws.user.delete', target: userTarget(before), reason, details: { scope: 'SWS tenant only; the CyberArk Identity user is kept' } },
      () => deleteSwsUser(client, userId, c.var.requestId),
    )
    return c.body(null, 204)
  })

export type SwsUserRoutes = typeof swsUserRoutes
