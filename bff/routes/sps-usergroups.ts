import { Hono, type Context } from 'hono'
import { spsConfigListQuerySchema, spsDeleteRequestSchema, usergroupRequestSchema, type SpsUserChoice, type SpsUsergroupList } from '../../contract/sps-config'
import type { AppEnv } from '../app-env'
import { conflict, notFound } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import { operatorReader } from '../vendors/sps/sps-changes-session'
import { loadLocalDatabase, pageOf } from '../vendors/sps/sps-local-database'
import { localUserIndex, memberNames, parseUsergroup, usergroupBody, USERGROUPS_PATH } from '../vendors/sps/sps-usergroups'
import { LOCAL_USERS_PATH, parseLocalUser } from '../vendors/sps/sps-local-users'
import { readCollection } from '../vendors/sps/sps-config-objects'
import type { SpsTransaction } from '../vendors/sps/sps-transaction'
import { applySpsChange, operatorSession } from './sps-config-change'

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const groupPath = (key: string) => `${USERGROUPS_PATH}/${encodeURIComponent(key)}`

/** SPS's words for a group the ACLs still use, said plainly. */
function explainRefusal(vendor: { type: string; message: string; details?: unknown }): string | null {
  const details = vendor.details as { referenced_by?: unknown } | undefined
  if (vendor.type !== 'SemanticError' || !Array.isArray(details?.referenced_by)) return null
  return `SPS refused: this usergroup is still in use (${vendor.message}). Its privileges are attached to its name, so SPS keeps it as it is.`
}

/** SPS's `name` and `members.<i>` refusals, beside the form's fields. */
const fieldOf = (field: string) => (field === 'name' ? 'name' : field.startsWith('members') ? 'members' : null)

/** The group as SPS holds it inside the transaction, for the whole-object PUT. */
async function currentGroup(tx: SpsTransaction, key: string) {
  const group = parseUsergroup(await tx.get(groupPath(key)))
  const users = (await readCollection((path) => tx.get(path), LOCAL_USERS_PATH)).map(parseLocalUser)
  return { group, users: localUserIndex(users) }
}

/** /api/t/:tenant/sps/usergroups — local usergroups and their members. */
export const spsUsergroupRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', requirePermission('sps.usergroups.read'), validate('query', spsConfigListQuerySchema), async (c) => {
    const query = c.req.valid('query')
    const sps = await c.var.deps.vendors.sps(tenantOf(c))
    const { read, withPending } = operatorReader(sps, operatorSession(c, sps))
    const database = await loadLocalDatabase(read, withPending)
    const page = pageOf(database.usergroups, query, (group) => group.members.map((member) => member.name))
    return c.json({ ...page, view: withPending ? 'with-pending-changes' : 'committed' } satisfies SpsUsergroupList, 200)
  })
  /** Local users to choose members from (every one: a group form needs the whole list). */
  .get('/member-choices', requirePermission('sps.usergroups.read'), async (c) => {
    const sps = await c.var.deps.vendors.sps(tenantOf(c))
    const { read } = operatorReader(sps, operatorSession(c, sps))
    const users = (await readCollection(read, LOCAL_USERS_PATH)).map(parseLocalUser)
    const items: SpsUserChoice[] = users.map((user) => ({ key: user.key, name: user.name }))
    return c.json({ items }, 200)
  })
  .post('/', requirePermission('sps.usergroups.write'), validate('json', usergroupRequestSchema), async (c) => {
    const { name, members, reason, commit } = c.req.valid('json')
    const { result, committed } = await applySpsChange(c, tenantOf(c), {
      action: 'sps.usergroup.create',
      target: `usergroup ${name}`,
      reason,
      commit,
      details: { name, members: members.length },
      fieldOf,
      change: async (tx) => {
        const answer = (await tx.post(USERGROUPS_PATH, usergroupBody(name, members))) as { key?: unknown }
        return typeof answer.key === 'string' ? answer.key : null
      },
    })
    return c.json({ key: result, committed }, 201)
  })
  .put(
    '/:key',
    requirePermission('sps.usergroups.write'),
    validate('json', usergroupRequestSchema),
    async (c) => {
      const key = c.req.param('key')
      const { name, members, expectedMembers, reason, commit } = c.req.valid('json')
      const { committed } = await applySpsChange(c, tenantOf(c), {
        action: 'sps.usergroup.update',
        target: `usergroup ${name} (${key})`,
        reason,
        commit,
        fieldOf,
        explain: explainRefusal,
        change: async (tx) => {
          const { group, users } = await currentGroup(tx, key)
          const before = memberNames(group, users)
          // SPS takes the whole group: refuse rather than overwrite members someone else committed meanwhile.
          if (expectedMembers && JSON.stringify([...new Set(expectedMembers)].sort()) !== JSON.stringify(before)) {
            throw conflict('This usergroup changed on SPS since you opened it. Close the dialog, check its members and make your change again.')
          }
          const after = [...new Set(members.map((member) => users.nameByKey.get(member) ?? member))].sort()
          await tx.put(groupPath(key), usergroupBody(name, members))
          return { before: { name: group.name, members: before }, after: { name, members: after } }
        },
        resultDetails: (change) => change,
      })
      return c.json({ key, committed }, 200)
    },
  )
  .delete('/:key', requirePermission('sps.usergroups.write'), requireRecentAuth, validate('json', spsDeleteRequestSchema), async (c) => {
    const key = c.req.param('key')
    const { reason, commit } = c.req.valid('json')
    const sps = await c.var.deps.vendors.sps(tenantOf(c))
    const { read } = operatorReader(sps, operatorSession(c, sps))
    const group = await read(groupPath(key)).then(parseUsergroup, (error: unknown) => {
      if ((error as { status?: number }).status === 404) throw notFound('That usergroup')
      throw error
    })
    const { committed } = await applySpsChange(c, tenantOf(c), {
      action: 'sps.usergroup.delete',
      target: `usergroup ${group.name} (${key})`,
      reason,
      commit,
      explain: explainRefusal,
      details: { members: group.members.length },
      change: (tx) => tx.delete(groupPath(key)),
    })
    return c.json({ key, committed }, 200)
  })

export type SpsUsergroupRoutes = typeof spsUsergroupRoutes
