import { Hono, type Context } from 'hono'
import type { AuditAction } from '../../contract/audit-log'
import {
  createUserSchema,
  IDENTITY_USER_DEFAULT_PAGE_SIZE,
  identityUserActionSchema,
  identityUserDeleteSchema,
  identityUserFilterSchema,
  identityUserIdParamSchema,
  identityUserListQuerySchema,
  inviteSchema,
  mfaExemptionSchema,
  resetPasswordSchema,
  setAttributesSchema,
  setPictureSchema,
  setStateSchema,
  updateProfileSchema,
  type CreateUserResult,
  type IdentityUserFilter,
  type IdentityUserPage,
  type IdentityUserSummary,
  type ResetPasswordResult,
} from '../../contract/identity-users'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { validationFailed } from '../http/api-error'
import { csvDownload } from '../http/csv-export'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import type { IdentityClient } from '../vendors/identity/identity-client'
import {
  createUser,
  exemptFromMfa,
  generatePassword,
  inviteUser,
  lockUser,
  readTechSupportUser,
  removeUser,
  resetUserPassword,
  setUserAttributes,
  setUserEnabled,
  setUserPicture,
  setUserState,
  signOutEverywhere,
  unlockUser,
  updateProfile,
} from '../vendors/identity/identity-user-actions'
import { readIdentityUser, readIdentityUserSignals } from '../vendors/identity/identity-user-detail'
import { checkPicture } from '../vendors/identity/identity-user-picture'
import { allIdentityUsers, listIdentityUsers } from '../vendors/identity/identity-users-query'
import { IDENTITY_USER_CSV_COLUMNS, identityUserCsvRow } from '../vendors/identity/identity-users-csv'

const read = requirePermission('identity.users.read')
const lock = requirePermission('identity.users.lock')
const resetPassword = requirePermission('identity.users.reset-password')
const mfaExempt = requirePermission('identity.users.mfa-exempt')
const invite = requirePermission('identity.users.invite')
const write = requirePermission('identity.users.write')
const remove = requirePermission('identity.users.delete')
const exportCsv = requirePermission('export.csv')
const idParam = validate('param', identityUserIdParamSchema)

/** Users per directory query during an export; one batch is held at a time. */
const EXPORT_BATCH = 1_000

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const identityOf = (c: Context<AppEnv>) => c.var.deps.vendors.identity(tenantOf(c))

/** The user as the list shows them now (after a change), found by id through the directory query. */
async function summaryOf(client: IdentityClient, id: string, requestId: string): Promise<IdentityUserSummary | null> {
  const page = await listIdentityUsers(client, { q: id }, { page: 1, pageSize: 1 }, requestId).catch(() => null)
  return page?.items[0] ?? null
}

/** `user login (uuid)` for the audit log; the id alone when the user cannot be read. */
async function userTarget(client: IdentityClient, id: string, requestId: string): Promise<string> {
  const user = await summaryOf(client, id, requestId)
  return user ? `user ${user.username} (${id})` : `user ${id}`
}

interface Change<T> {
  action: AuditAction
  reason?: string
  details?: Record<string, unknown>
  run: (client: IdentityClient) => Promise<T>
}

/**
 * Runs one change to one user and audits it with its target and result, the vendor's reason
 * when it refuses; answers the result and the user as the list now shows them.
 */
async function changeUser<T>(c: Context<AppEnv>, id: string, change: Change<T>): Promise<{ result: T; user: IdentityUserSummary | null }> {
  const client = await identityOf(c)
  const requestId = c.var.requestId
  const target = await userTarget(client, id, requestId)
  const base = {
    action: change.action,
    tenantId: tenantOf(c),
    target,
    reason: change.reason,
  }
  try {
    const result = await change.run(client)
    await recordAudit(c, {
      ...base,
      result: 'success',
      ...(change.details ? { details: change.details } : {}),
    })
    return { result, user: await summaryOf(client, id, requestId) }
  } catch (error) {
    await recordAudit(c, {
      ...base,
      result: 'failure',
      details: {
        ...change.details,
        error: error instanceof Error ? error.message : String(error),
      },
    })
    throw error
  }
}

const asFilter = (query: IdentityUserFilter): IdentityUserFilter => query

export const identityUserRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, validate('query', identityUserListQuerySchema), async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query')
    const paging = {
      page: page ? Number(page) : 1,
      pageSize: pageSize ? Number(pageSize) : IDENTITY_USER_DEFAULT_PAGE_SIZE,
    }
    const list: IdentityUserPage = await listIdentityUsers(await identityOf(c), asFilter(filter), paging, c.var.requestId)
    return c.json(list, 200)
  })
  .get('/export.csv', read, exportCsv, validate('query', identityUserFilterSchema), async (c) => {
    const filter = c.req.valid('query')
    const client = await identityOf(c)
    return csvDownload(c, {
      filename: `identity-users-${tenantOf(c)}-${c.var.deps.now().toISOString().slice(0, 10)}.csv`,
      columns: IDENTITY_USER_CSV_COLUMNS,
      batches: csvBatches(client, filter, c.var.requestId, c.var.deps.now()),
      onEnd: ({ result, rows, why }) =>
        recordAudit(c, {
          action: 'identity.users.export',
          tenantId: tenantOf(c),
          target: 'identity users',
          result,
          details: { format: 'csv', filter, rows, ...(why ? { why } : {}) },
        }),
    })
  })
  .get('/tech-support', write, async (c) => c.json(await readTechSupportUser(await identityOf(c), c.var.requestId), 200))
  .post('/', write, validate('json', createUserSchema), async (c) => {
    const { reason, password, ...request } = c.req.valid('json')
    const client = await identityOf(c)
    const target = `user ${request.username}`
    const details = {
      username: request.username,
      sendEmailInvite: request.sendEmailInvite,
      passwordSet: Boolean(password),
    }
    try {
      const id = await createUser(client, { ...request, password, reason }, c.var.requestId)
      await recordAudit(c, {
        action: 'identity.user.create',
        tenantId: tenantOf(c),
        target: `${target} (${id})`,
        reason,
        result: 'success',
        details,
      })
      return c.json({ id } satisfies CreateUserResult, 201)
    } catch (error) {
      await recordAudit(c, {
        action: 'identity.user.create',
        tenantId: tenantOf(c),
        target,
        reason,
        result: 'failure',
        details: {
          ...details,
          error: error instanceof Error ? error.message : String(error),
        },
      })
      throw error
    }
  })
  .get('/:id', read, idParam, async (c) => c.json(await readIdentityUser(await identityOf(c), c.req.valid('param').id, c.var.requestId), 200))
  .get('/:id/signals', read, idParam, async (c) => c.json(await readIdentityUserSignals(await identityOf(c), c.req.valid('param').id, c.var.requestId), 200))
  .post('/:id/lock', lock, idParam, validate('json', identityUserActionSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.lock',
      reason,
      run: (client) => lockUser(client, id, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .post('/:id/unlock', lock, idParam, validate('json', identityUserActionSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.unlock',
      reason,
      run: (client) => unlockUser(client, id, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .post('/:id/sign-out-everywhere', lock, idParam, validate('json', identityUserActionSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.sign-out-everywhere',
      reason,
      run: (client) => signOutEverywhere(client, id, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .post('/:id/reset-password', resetPassword, idParam, validate('json', resetPasswordSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { mode, password, reason } = c.req.valid('json')
    if (mode === 'set' && !password) throw validationFailed([{ path: 'password', message: 'Enter the new password' }])
    const newPassword = mode === 'generate' ? generatePassword() : (password as string)
    // The audit entry says how the password was chosen, never what it is.
    await changeUser(c, id, {
      action: 'identity.user.reset-password',
      reason,
      details: { mode },
      run: (client) => resetUserPassword(client, id, newPassword, c.var.requestId),
    })
    return c.json(
      {
        password: mode === 'generate' ? newPassword : null,
      } satisfies ResetPasswordResult,
      200,
    )
  })
  .post('/:id/mfa-exemption', mfaExempt, idParam, validate('json', mfaExemptionSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { minutes, reason } = c.req.valid('json')
    const until = new Date(c.var.deps.now().getTime() + minutes * 60_000).toISOString()
    const { user } = await changeUser(c, id, {
      action: 'identity.user.mfa-exempt',
      reason,
      details: { minutes, until },
      run: (client) => exemptFromMfa(client, id, minutes, c.var.requestId),
    })
    return c.json({ user, until }, 200)
  })
  .post('/:id/invite', invite, idParam, validate('json', inviteSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { channel, reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.invite',
      reason,
      details: { channel },
      run: (client) => inviteUser(client, id, channel, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .post('/:id/enable', write, idParam, validate('json', identityUserActionSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.enable',
      reason,
      run: (client) => setUserEnabled(client, id, true, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .post('/:id/disable', write, idParam, validate('json', identityUserActionSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.disable',
      reason,
      run: (client) => setUserEnabled(client, id, false, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .put('/:id/state', write, idParam, validate('json', setStateSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { flags, reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.set-state',
      reason,
      details: { flags },
      run: (client) => setUserState(client, id, flags, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .put('/:id/profile', write, idParam, validate('json', updateProfileSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason, ...profile } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.update',
      reason,
      details: { fields: Object.keys(profile) },
      run: async (client) => {
        const current = await readIdentityUser(client, id, c.var.requestId)
        await updateProfile(client, id, current.directory, profile, c.var.requestId)
      },
    })
    return c.json({ user }, 200)
  })
  .put('/:id/picture', write, idParam, validate('json', setPictureSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { data, reason } = c.req.valid('json')
    const checked = checkPicture(data)
    if (!checked.ok) throw validationFailed([{ path: 'data', message: checked.message }])
    const { user } = await changeUser(c, id, {
      action: 'identity.user.set-picture',
      reason,
      details: { type: checked.type, bytes: checked.bytes },
      run: (client) => setUserPicture(client, id, data, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .put('/:id/attributes', write, idParam, validate('json', setAttributesSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { values, reason } = c.req.valid('json')
    const { user } = await changeUser(c, id, {
      action: 'identity.user.update-attributes',
      reason,
      details: { values },
      run: (client) => setUserAttributes(client, id, values, c.var.requestId),
    })
    return c.json({ user }, 200)
  })
  .delete('/:id', remove, requireRecentAuth, idParam, validate('json', identityUserDeleteSchema), async (c) => {
    const { id } = c.req.valid('param')
    const { reason } = c.req.valid('json')
    await changeUser(c, id, {
      action: 'identity.user.delete',
      reason,
      run: (client) => removeUser(client, id, c.var.requestId),
    })
    return c.json({ deleted: id }, 200)
  })

export type IdentityUserRoutes = typeof identityUserRoutes

async function* csvBatches(client: IdentityClient, filter: IdentityUserFilter, requestId: string, exportedAt: Date) {
  for await (const batch of allIdentityUsers(client, filter, EXPORT_BATCH, requestId)) yield batch.map((user) => identityUserCsvRow(user, exportedAt))
}
