import { Hono, type Context, type MiddlewareHandler } from 'hono'
import { can, type Permission } from '../../contract/roles'
import { spsCommitRequestSchema, spsDiscardRequestSchema, type SpsChange, type SpsTransactionState } from '../../contract/sps-config'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { forbidden } from '../http/api-error'
import { validate } from '../http/validate'
import { requireRecentAuth } from '../security/reauth'
import { getSession, requireSession } from '../security/sessions'
import { findConnection } from '../store/connections-repo'
import { parseChanges } from '../vendors/sps/sps-changes'
import { commitPending, discardPending, pendingStatus } from '../vendors/sps/sps-changes-session'
import { readCollection } from '../vendors/sps/sps-config-objects'
import type { SpsWriteSession } from '../vendors/sps/sps-connection'
import { LOCAL_USERS_PATH, parseLocalUser } from '../vendors/sps/sps-local-users'
import { spsJson } from '../vendors/sps/sps-login-session'
import { operatorSession } from './sps-config-change'

const SPS_WRITE: readonly Permission[] = ['sps.usergroups.write', 'sps.local-users.write']

/** The pending-changes bar is for operators who may change SPS configuration in this tenant. */
const requireSpsWrite: MiddlewareHandler<AppEnv> = async (c, next) => {
  const tenantId = c.req.param('tenant') ?? null
  if (!SPS_WRITE.some((permission) => can(getSession(c).grants, tenantId, permission))) throw forbidden(SPS_WRITE[0] as Permission)
  await next()
}

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''

/** The changelog, with usergroup member keys shown as user names. */
async function changesOf(session: SpsWriteSession, changelog: unknown): Promise<SpsChange[]> {
  const raw = parseChanges(changelog)
  if (!raw.some((change) => change.kind === 'usergroup')) return raw
  const users = (await readCollection((path) => spsJson(session.login.send('GET', path)), LOCAL_USERS_PATH)).map(parseLocalUser)
  return parseChanges(changelog, new Map(users.map((user) => [user.key, user.name])))
}

const summary = (changes: readonly SpsChange[]) => changes.map((change) => ({ type: change.type, kind: change.kind, name: change.name, path: change.path }))

const CLOSED: SpsTransactionState = { connected: true, status: 'closed', remainingSeconds: null, commitMessage: 'none', changes: [], lost: null }

/** /api/t/:tenant/sps/transaction — the operator's own pending SPS changes: review, commit, discard. */
export const spsTransactionRoutes = new Hono<AppEnv>()
  .use(requireSession, requireSpsWrite)
  .get('/', async (c) => {
    // No SPS connection, or nothing pending: answered without a call to SPS.
    if (!(await findConnection(c.var.deps.db, tenantOf(c), 'sps'))) return c.json({ ...CLOSED, connected: false } satisfies SpsTransactionState, 200)
    const session = operatorSession(c, await c.var.deps.vendors.sps(tenantOf(c)))
    const status = await pendingStatus(session)
    if (!status.open) return c.json({ ...CLOSED, lost: status.lost } satisfies SpsTransactionState, 200)
    const state: SpsTransactionState = {
      connected: true,
      status: 'open',
      remainingSeconds: status.remainingSeconds,
      commitMessage: status.commitMessage,
      changes: await changesOf(session, status.changelog),
      lost: null,
    }
    return c.json(state, 200)
  })
  .post('/commit', requireRecentAuth, validate('json', spsCommitRequestSchema), async (c) => {
    const { reason } = c.req.valid('json')
    const session = operatorSession(c, await c.var.deps.vendors.sps(tenantOf(c)))
    const status = await pendingStatus(session)
    const changes = status.open ? summary(parseChanges(status.changelog)) : []
    const audit = { action: 'sps.transaction.commit', tenantId: tenantOf(c), target: 'SPS configuration', reason } as const
    try {
      await commitPending(session, reason, c.var.requestId)
    } catch (error) {
      await recordAudit(c, { ...audit, result: 'failure', details: { changes, error: error instanceof Error ? error.message : String(error) } })
      throw error
    }
    await recordAudit(c, { ...audit, result: 'success', details: { changes } })
    return c.json({ committed: changes.length }, 200)
  })
  .post('/discard', validate('json', spsDiscardRequestSchema), async (c) => {
    const { reason } = c.req.valid('json')
    const session = operatorSession(c, await c.var.deps.vendors.sps(tenantOf(c)))
    const status = await pendingStatus(session)
    const changes = status.open ? summary(parseChanges(status.changelog)) : []
    const audit = { action: 'sps.transaction.discard', tenantId: tenantOf(c), target: 'SPS configuration', reason } as const
    try {
      await discardPending(session, c.var.requestId)
    } catch (error) {
      await recordAudit(c, { ...audit, result: 'failure', details: { changes, error: error instanceof Error ? error.message : String(error) } })
      throw error
    }
    await recordAudit(c, { ...audit, result: 'success', details: { changes } })
    return c.json({ discarded: changes.length }, 200)
  })

export type SpsTransactionRoutes = typeof spsTransactionRoutes
