import { Hono, type Context } from 'hono'
import { IDENTITY_LEAVER_ACTIONS, leaverRetryRequestSchema, leaverRunRequestSchema, type LeaverPlan, type LeaverRun } from '../../contract/people'
import type { AppEnv, Deps } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { validate } from '../http/validate'
import { readLeaverFacts } from '../people/leaver-facts'
import { createLeaverRunStore, planLeaver, runLeaverPass, type HeldLeaverRun, type LeaverRunStore } from '../people/leaver-runs'
import { readPersonFootprint } from '../people/person-footprint'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { getSession, requireSession } from '../security/sessions'
import { z } from 'zod/mini'

const runStores = new WeakMap<Deps, LeaverRunStore>()
const runStoreOf = (deps: Deps) => {
  let store = runStores.get(deps)
  if (!store) runStores.set(deps, (store = createLeaverRunStore(deps.now)))
  return store
}

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const userIdOf = (c: Context<AppEnv>) => c.req.param('userId') ?? ''
const planQuerySchema = z.object({ identityAction: z._default(z.enum(IDENTITY_LEAVER_ACTIONS, 'Use disable or lock'), 'disable') })

/** One pass of a run, then its single audit entry holding every step's outcome. */
async function passAndAudit(c: Context<AppEnv>, run: HeldLeaverRun, reason: string): Promise<LeaverRun> {
  const { deps, requestId } = c.var
  const facts = await readLeaverFacts(deps, run.tenantId, run.userId, getSession(c).idHash, requestId)
  const result = await runLeaverPass(run, facts, reason, {
    requestId,
    now: deps.now,
    onUnexpected: (step, error) => deps.log.error('leaver.step_failed', { requestId, step, error: String(error) }),
  })
  await recordAudit(c, {
    action: 'person.leaver',
    tenantId: run.tenantId,
    target: `person ${facts.user.username} (${facts.user.id})`,
    reason,
    result: result.complete ? 'success' : 'failure',
    details: { runId: run.runId, attempt: result.attempt, identityAction: run.identityAction, steps: result.steps.map(({ id, state, message }) => ({ id, state, message })) },
  })
  return result
}

/** /api/t/:tenant/people — one person across vendors, and the leaver workflow. */
export const peopleRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/:userId', requirePermission('identity.users.read'), async (c) => {
    const footprint = await readPersonFootprint({ deps: c.var.deps, tenantId: tenantOf(c), grants: getSession(c).grants, userId: userIdOf(c), requestId: c.var.requestId })
    return c.json(footprint, 200)
  })
  .get('/:userId/leaver-plan', requirePermission('people.leaver'), validate('query', planQuerySchema), async (c) => {
    const { identityAction } = c.req.valid('query')
    const facts = await readLeaverFacts(c.var.deps, tenantOf(c), userIdOf(c), getSession(c).idHash, c.var.requestId)
    return c.json({ userId: facts.user.id, steps: planLeaver(facts, identityAction) } satisfies LeaverPlan, 200)
  })
  .post('/:userId/leaver-runs', requirePermission('people.leaver'), requireRecentAuth, validate('json', leaverRunRequestSchema), async (c) => {
    const { reason, identityAction } = c.req.valid('json')
    const run = runStoreOf(c.var.deps).start({ tenantId: tenantOf(c), userId: userIdOf(c), operatorId: getSession(c).operatorId, identityAction, steps: [] })
    return c.json(await passAndAudit(c, run, reason), 200)
  })
  .post('/:userId/leaver-runs/:runId/retry', requirePermission('people.leaver'), requireRecentAuth, validate('json', leaverRetryRequestSchema), async (c) => {
    const { reason } = c.req.valid('json')
    const run = runStoreOf(c.var.deps).find(c.req.param('runId'), tenantOf(c), userIdOf(c))
    return c.json(await passAndAudit(c, run, reason), 200)
  })

export type PeopleRoutes = typeof peopleRoutes
