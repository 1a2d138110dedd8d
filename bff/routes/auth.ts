import { Hono } from 'hono'
import { signInRequestSchema, type SessionInfo } from '../../contract/auth'
import type { AppEnv, SignedInSession } from '../app-env'
import { validate } from '../http/validate'
import { endSession, startSession } from '../security/sessions'
import { checkCredentials } from '../security/sign-in'
import { listGrants } from '../store/operators-repo'

function sessionInfo(session: Omit<SignedInSession, 'idHash'>, demo: boolean, absoluteMs: number, idleMs: number): SessionInfo {
  return {
    operator: { id: session.operatorId, username: session.username, displayName: session.displayName, grants: session.grants },
    demo,
    expiresAt: session.createdAt.getTime() + absoluteMs,
    idleTimeoutSeconds: Math.round(idleMs / 1000),
  }
}

export const authRoutes = new Hono<AppEnv>()
  .post('/sign-in', validate('json', signInRequestSchema), async (c) => {
    const { username, password } = c.req.valid('json')
    const { config, db, log, now } = c.var.deps
    const operator = await checkCredentials(c, username, password)
    await startSession(c, operator.id)
    log.info('sign-in.succeeded', { requestId: c.var.requestId, operator: operator.username })
    const grants = await listGrants(db, operator.id)
    const session = { operatorId: operator.id, username: operator.username, displayName: operator.displayName, grants, createdAt: now() }
    return c.json(sessionInfo(session, config.demo, config.session.absoluteMs, config.session.idleMs), 200)
  })
  .post('/sign-out', async (c) => {
    const operator = c.var.session?.username
    await endSession(c)
    if (operator) c.var.deps.log.info('sign-out', { requestId: c.var.requestId, operator })
    return c.body(null, 204)
  })
  // 200 either way: "not signed in" is an answer here, not an error (the SPA asks on every cold start).
  .get('/session', (c) => {
    const { config } = c.var.deps
    const session = c.var.session
    return c.json({ session: session ? sessionInfo(session, config.demo, config.session.absoluteMs, config.session.idleMs) : null }, 200)
  })

export type AuthRoutes = typeof authRoutes
