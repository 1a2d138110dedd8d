import { Hono, type Context } from 'hono'
import {
  changeLocalUserPasswordRequestSchema,
  createLocalUserRequestSchema,
  spsConfigListQuerySchema,
  spsDeleteRequestSchema,
  type SpsLocalUserList,
} from '../../contract/sps-config'
import type { AppEnv } from '../app-env'
import { ApiError, notFound } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import { operatorReader } from '../vendors/sps/sps-changes-session'
import { loadLocalDatabase, pageOf } from '../vendors/sps/sps-local-database'
import { AAA_SETTINGS_PATH, aaaModes, createPasswordObject, LOCAL_USERS_PATH, localUserBody, parseLocalUser, SPS_ADMIN_NAME } from '../vendors/sps/sps-local-users'
import { applySpsChange, operatorSession } from './sps-config-change'
import { ERROR_CODES } from '../../contract/errors'

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const userPath = (key: string) => `${LOCAL_USERS_PATH}/${encodeURIComponent(key)}`

const LDAP_MESSAGE = 'SPS uses LDAP authentication, so its local users are disabled and cannot be managed here. Manage these accounts in the directory.'
const ADMIN_MESSAGE = 'The built-in admin user cannot be deleted: SPS keeps it as the account with every privilege.'

/** SPS's `name` / `password` refusals, beside the form's fields (the password's is the form's, not SPS's key). */
const fieldOf = (field: string) => (field === 'name' ? 'name' : field === 'password' ? 'password' : null)

async function userOf(c: Context<AppEnv>, key: string) {
  const sps = await c.var.deps.vendors.sps(tenantOf(c))
  const { read } = operatorReader(sps, operatorSession(c, sps))
  const [user, settings] = await Promise.all([
    read(userPath(key)).then(parseLocalUser, (error: unknown) => {
      if ((error as { status?: number }).status === 404) throw notFound('That local user')
      throw error
    }),
    read(AAA_SETTINGS_PATH),
  ])
  return { user, ldap: aaaModes(settings).ldap }
}

/** /api/t/:tenant/sps/local-users — SPS's own local accounts. Passwords are write-only and never logged. */
export const spsLocalUserRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', requirePermission('sps.local-users.read'), validate('query', spsConfigListQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const sps = await c.var.deps.vendors.sps(tenantOf(c))
    const { read, withPending } = operatorReader(sps, operatorSession(c, sps))
    const database = await loadLocalDatabase(read, withPending)
    const page = pageOf(database.localUsers, query, (user) => user.groups)
    return c.json({ ...page, view: withPending ? 'with-pending-changes' : 'committed', ldap: database.ldap, radius: database.radius } satisfies SpsLocalUserList, 200)
  })
  .post('/', requirePermission('sps.local-users.write'), validate('json', createLocalUserRequestSchema), async (c) => {
    const { name, password, reason, commit } = c.req.valid('json')
    const { result, committed } = await applySpsChange(c, tenantOf(c), {
      action: 'sps.local-user.create',
      target: `local user ${name}`,
      reason,
      commit,
      fieldOf,
      details: { name },
      precheck: async () => {
        const sps = await c.var.deps.vendors.sps(tenantOf(c))
        if (aaaModes(await operatorReader(sps, operatorSession(c, sps)).read(AAA_SETTINGS_PATH)).ldap) throw new ApiError(409, ERROR_CODES.conflict, LDAP_MESSAGE)
      },
      change: async (tx) => {
        const passwordKey = await createPasswordObject(tx, password)
        const answer = (await tx.post(LOCAL_USERS_PATH, localUserBody(name, passwordKey))) as { key?: unknown }
        return typeof answer.key === 'string' ? answer.key : null
      },
    })
    return c.json({ key: result, committed }, 201)
  })
  .put('/:key/password', requirePermission('sps.local-users.write'), requireRecentAuth, validate('json', changeLocalUserPasswordRequestSchema), async (c) => {
    const key = c.req.param('key')
    const { password, reason, commit } = c.req.valid('json')
    const { user, ldap } = await userOf(c, key)
    const { committed } = await applySpsChange(c, tenantOf(c), {
      action: 'sps.local-user.change-password',
      target: `local user ${user.name} (${key})`,
      reason,
      commit,
      fieldOf,
      precheck: async () => {
        if (ldap) throw new ApiError(409, ERROR_CODES.conflict, LDAP_MESSAGE)
      },
      change: async (tx) => {
        const current = parseLocalUser(await tx.get(userPath(key)))
        // A password object serves once: a new one, then the whole user pointing at it.
        const passwordKey = await createPasswordObject(tx, password)
        await tx.put(userPath(key), localUserBody(current.name, passwordKey))
      },
    })
    return c.json({ key, committed }, 200)
  })
  .delete('/:key', requirePermission('sps.local-users.write'), requireRecentAuth, validate('json', spsDeleteRequestSchema), async (c) => {
    const key = c.req.param('key')
    const { reason, commit } = c.req.valid('json')
    const { user, ldap } = await userOf(c, key)
    return applySpsChange(c, tenantOf(c), {
      action: 'sps.local-user.delete',
      target: `local user ${user.name} (${key})`,
      reason,
      commit,
      // SPS refuses these too; saying so first opens no transaction and keeps the lock free.
      precheck: async () => {
        if (user.name === SPS_ADMIN_NAME) throw new ApiError(409, ERROR_CODES.conflict, ADMIN_MESSAGE)
        if (ldap) throw new ApiError(409, ERROR_CODES.conflict, LDAP_MESSAGE)
      },
      change: (tx) => tx.delete(userPath(key)),
    }).then(({ committed }) => c.json({ key, committed }, 200))
  })

export type SpsLocalUserRoutes = typeof spsLocalUserRoutes
