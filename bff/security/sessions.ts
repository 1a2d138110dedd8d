import type { Context, MiddlewareHandler } from 'hono'
import type { AppEnv, SignedInSession } from '../app-env'
import { ApiError, unauthenticated } from '../http/api-error'
import { listGrants, type OperatorRecord } from '../store/operators-repo'
import { deleteSession, insertSession, touchSession, type SessionRow } from '../store/sessions-repo'
import { clientIp } from './client-ip'
import { loadStoredSession } from './session-cache'
import { clearSessionCookie, readSessionCookie, writeSessionCookie } from './session-cookie'
import { hashToken, newSessionToken } from './tokens'

/** last_seen_at is written at most this often, so reads do not each cost a write. */
export const TOUCH_INTERVAL_MS = 30_000

/** Resolves the session cookie to a signed-in operator, enforcing idle and absolute timeouts. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('session', await resolveSession(c))
  await next()
}

async function resolveSession(c: Context<AppEnv>): Promise<SignedInSession | null> {
  // c.get, not c.var: on every request, and c.var builds a new object at each use.
  const { config, db, now, vendors } = c.get('deps')
  const token = readSessionCookie(c, config.trustProxy)
  if (!token) return null
  const idHash = hashToken(token)
  const at = now().getTime()
  const mustEnd = (row: SessionRow) =>
    at - row.lastSeenAt.getTime() > config.session.idleMs || at - row.createdAt.getTime() > config.session.absoluteMs || row.operatorDisabled
  // A briefly kept copy (session-cache.ts); ending the session is decided on a fresh read only.
  const stored = await loadStoredSession(db, idHash, at, (kept) => mustEnd(kept.row))
  if (!stored) return null
  const { row } = stored
  if (mustEnd(row)) {
    await deleteSession(db, idHash)
    await vendors.endOperatorSession(idHash)
    return null
  }
  if (at - row.lastSeenAt.getTime() > TOUCH_INTERVAL_MS) await touchSession(db, idHash, now())
  const grants = [...stored.grants]
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
  const session = c.get('session')
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
  const session = c.get('session')
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
