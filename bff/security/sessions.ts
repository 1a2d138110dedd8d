import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv, SignedInSession } from '../app-env'
import { unauthenticated } from '../http/api-error'
import { listGrants } from '../store/operators-repo'
import { deleteSession, findSession, insertSession, touchSession } from '../store/sessions-repo'
import { clientIp } from './client-ip'
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie'
import { hashToken, newSessionToken } from './tokens'

/** last_seen_at is written at most this often, so reads do not each cost a write. */
const TOUCH_INTERVAL_MS = 30_000

/** Resolves the session cookie to a signed-in operator, enforcing idle and absolute timeouts. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('session', await resolveSession(c))
  await next()
}

async function resolveSession(c: Context<AppEnv>): Promise<SignedInSession | null> {
  const { config, db, now } = c.var.deps
  const token = readSessionCookie(c, config.trustProxy)
  if (!token) return null
  const idHash = hashToken(token)
  const row = await findSession(db, idHash)
  if (!row) return null
  const at = now().getTime()
  const idle = at - row.lastSeenAt.getTime() > config.session.idleMs
  const tooOld = at - row.createdAt.getTime() > config.session.absoluteMs
  if (idle || tooOld || row.operatorDisabled) {
    await deleteSession(db, idHash)
    return null
  }
  if (at - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, idHash, now())
  return {
    idHash,
    operatorId: row.operatorId,
    username: row.username,
    displayName: row.displayName,
    grants: await listGrants(db, row.operatorId),
    createdAt: row.createdAt,
  }
}

export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.session) throw unauthenticated()
  await next()
}

export function getSession(c: Context<AppEnv>): SignedInSession {
  const session = c.var.session
  if (!session) throw unauthenticated()
  return session
}

/** Starts a fresh session for the operator; any session the browser already had is ended (rotation). */
export async function startSession(c: Context<AppEnv>, operatorId: string): Promise<void> {
  const { config, db, now } = c.var.deps
  if (c.var.session) await deleteSession(db, c.var.session.idHash)
  const token = newSessionToken()
  await insertSession(
    db,
    { idHash: hashToken(token), operatorId, ip: clientIp(c, config.trustProxy), userAgent: (c.req.header('user-agent') ?? '').slice(0, 512) },
    now(),
  )
  writeSessionCookie(c, config.trustProxy, token)
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const { config, db } = c.var.deps
  if (c.var.session) await deleteSession(db, c.var.session.idHash)
  clearSessionCookie(c, config.trustProxy)
}
