import type { Context } from 'hono'
import { deleteCookie, getCookie, setCookie } from 'hono/cookie'
import type { AppEnv } from '../app-env'
import { ApiError } from '../http/api-error'
import { deleteChallenge, findChallenge, insertChallenge } from '../store/sign-in-challenges-repo'
import { isSecureRequest } from './client-ip'
import { hashToken, newSessionToken } from './tokens'

/** A password-checked sign-in waits this long for its second factor. */
const CHALLENGE_TTL_MS = 5 * 60_000
export const MAX_CHALLENGE_ATTEMPTS = 5

function cookieName(c: Context<AppEnv>): string {
  return isSecureRequest(c, c.var.deps.config.trustProxy) ? '__Host-gatehouse_mfa' : 'gatehouse_mfa'
}

/** After the password is right for an operator with MFA: a short-lived, single-purpose cookie. */
export async function startChallenge(c: Context<AppEnv>, operatorId: string): Promise<void> {
  const { db, now, config } = c.var.deps
  const token = newSessionToken()
  await insertChallenge(db, hashToken(token), operatorId, now())
  setCookie(c, cookieName(c), token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: isSecureRequest(c, config.trustProxy),
    maxAge: CHALLENGE_TTL_MS / 1000,
  })
}

export const challengeExpired = () =>
  new ApiError(401, 'mfa_challenge_expired', 'Your sign-in has timed out or had too many wrong codes. Enter your username and password again.')

/** The pending challenge for this browser, or a 401 telling the person to start again. */
export async function readChallenge(c: Context<AppEnv>): Promise<{ idHash: string; operatorId: string; attempts: number }> {
  const { db, now } = c.var.deps
  const token = getCookie(c, cookieName(c))
  if (!token) throw challengeExpired()
  const idHash = hashToken(token)
  const challenge = await findChallenge(db, idHash)
  if (!challenge || now().getTime() - challenge.created_at.getTime() > CHALLENGE_TTL_MS || challenge.attempts >= MAX_CHALLENGE_ATTEMPTS) {
    if (challenge) await deleteChallenge(db, idHash)
    throw challengeExpired()
  }
  return { idHash, operatorId: challenge.operator_id, attempts: challenge.attempts }
}

export async function endChallenge(c: Context<AppEnv>, idHash: string): Promise<void> {
  await deleteChallenge(c.var.deps.db, idHash)
  deleteCookie(c, cookieName(c), { path: '/', secure: isSecureRequest(c, c.var.deps.config.trustProxy) })
}
