import type { Context } from 'hono'
import { ERROR_CODES } from '../../contract/errors'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { ApiError } from '../http/api-error'
import { findOperatorByUsername, type OperatorRecord } from '../store/operators-repo'
import { clearThrottle, lockUntil, readThrottle, recordFailure } from '../store/sign-in-throttle-repo'
import { clientIp } from './client-ip'
import { verifyAgainstDummy, verifyPassword } from './passwords'

/** One message for every wrong-credentials case, so it never tells which part was wrong. */
export const WRONG_CREDENTIALS = 'The username or password is not correct.'

function throttled(retryAfterSeconds: number): ApiError {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return new ApiError(
    429,
    ERROR_CODES.throttled,
    `Too many failed sign-in attempts for this username from your address. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { retryAfterSeconds },
    { 'Retry-After': String(retryAfterSeconds) },
  )
}

/**
 * Checks a username and password, throttling a username from one address after a run of failures.
 * Returns the operator, or throws 401 (wrong credentials) or 429 (throttled).
 */
export async function checkCredentials(c: Context<AppEnv>, username: string, password: string): Promise<OperatorRecord> {
  const { config, db, now, log } = c.var.deps
  const key = username.toLowerCase()
  const ip = clientIp(c, config.trustProxy)
  const state = await readThrottle(db, key, ip)
  const lockedFor = state?.lockedUntil ? state.lockedUntil.getTime() - now().getTime() : 0
  const refuse = async (error: ApiError, why: string) => {
    await recordAudit(c, { actor: key, actorId: null, action: 'auth.sign-in', target: key, result: 'failure', details: { why } })
    return error
  }
  if (lockedFor > 0) {
    log.warn('sign-in.throttled', { requestId: c.var.requestId, username: key, ip })
    throw await refuse(throttled(Math.ceil(lockedFor / 1000)), 'throttled')
  }

  const operator = await findOperatorByUsername(db, key)
  const ok = operator ? await verifyPassword(password, operator.passwordHash) : await verifyAgainstDummy(password)
  if (operator && ok && !operator.disabled) {
    if (state) await clearThrottle(db, key, ip)
    return operator
  }

  const failures = await recordFailure(db, key, ip, now())
  log.warn('sign-in.failed', { requestId: c.var.requestId, username: key, ip, failures })
  const why = !operator ? 'unknown username' : operator.disabled ? 'operator disabled' : 'wrong password'
  if (failures >= config.signInThrottle.maxFailures) {
    await lockUntil(db, key, ip, new Date(now().getTime() + config.signInThrottle.lockMs))
    throw await refuse(throttled(Math.ceil(config.signInThrottle.lockMs / 1000)), `${why}; now throttled`)
  }
  throw await refuse(new ApiError(401, ERROR_CODES.invalidCredentials, WRONG_CREDENTIALS), why)
}
