import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv, SignedInSession } from '../app-env'
import { ApiError, unauthenticated } from '../http/api-error'
import { listGrants, type OperatorRecord } from '../store/operators-repo'
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
    await c.var.deps.vendors.endOperatorSession(idHash)
    return null
  }
  if (at - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, idHash, now())
  const grants = await listGrants(db, row.operatorId)
  return {
    idHash,
    operatorId: row.operatorId,
    username: row.username,
    displayName: row.displayName,
    grants,
    createdAt: row.createdAt,
    reauthAt: row.reauthAt,
    mfaEnabled: row.mfaEnabled,
    mfaEnrolmentRequired: !config.demo && !row.mfaEnabled && grants.some((grant) => grant.role === 'admin'),
  }
}

/** A signed-in operator who has done everything sign-in asks of them (an admin has enrolled MFA). */
export const requireSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  const session = c.var.session
  if (!session) throw unauthenticated()
  if (session.mfaEnrolmentRequired) {
    throw new ApiError(403, 'mfa_enrolment_required', 'Admins must set up two-factor authentication before using the console.')
  }
  await next()
}

/** Signed in, possibly still owing MFA enrolment: only for the account's own security endpoints. */
export const requireSessionForEnrolment: MiddlewareHandler<AppEnv> = async (c, next) => {
  if (!c.var.session) throw unauthenticated()
  await next()
}

export function getSession(c: Context<AppEnv>): SignedInSession {
  const session = c.var.session
  if (!session) throw unauthenticated()
  return session
}

/** Starts a fresh session for the operator; any session the browser already had is ended (rotation). */
export async function startSession(c: Context<AppEnv>, operator: OperatorRecord): Promise<SignedInSession> {
  const { config, db, now } = c.var.deps
  if (c.var.session) await deleteSession(db, c.var.session.idHash)
  const token = newSessionToken()
  const idHash = hashToken(token)
  const at = now()
  await insertSession(
    db,
    { idHash, operatorId: operator.id, ip: clientIp(c, config.trustProxy), userAgent: (c.req.header('user-agent') ?? '').slice(0, 512) },
    at,
  )
  writeSessionCookie(c, config.trustProxy, token)
  const grants = await listGrants(db, operator.id)
  const mfaEnabled = operator.mfaEnabledAt !== null
  const session: SignedInSession = {
    idHash,
    operatorId: operator.id,
    username: operator.username,
    displayName: operator.displayName,
    grants,
    createdAt: at,
    reauthAt: at,
    mfaEnabled,
    mfaEnrolmentRequired: !config.demo && !mfaEnabled && grants.some((grant) => grant.role === 'admin'),
  }
  c.set('session', session)
  return session
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const { config, db, vendors } = c.var.deps
  if (c.var.session) {
    await deleteSession(db, c.var.session.idHash)
    // The operator's pending SPS changes end with their console session.
    await vendors.endOperatorSession(c.var.session.idHash)
  }
  clearSessionCookie(c, config.trustProxy)
}
