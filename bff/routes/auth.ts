import { Hono, type Context } from 'hono'
import QRCode from 'qrcode'
import {
  mfaCodeRequestSchema,
  reauthRequestSchema,
  signInRequestSchema,
  type MfaEnrolment,
  type MfaEnrolmentConfirmed,
  type SignInResponse,
} from '../../contract/auth'
import { ERROR_CODES } from '../../contract/errors'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { ApiError, conflict } from '../http/api-error'
import { validate } from '../http/validate'
import { challengeExpired, endChallenge, MAX_CHALLENGE_ATTEMPTS, readChallenge, startChallenge } from '../security/mfa-challenge'
import { verifyPassword } from '../security/passwords'
import { newRecoveryCodes, hashRecoveryCode } from '../security/recovery-codes'
import { requireRecentAuth } from '../security/reauth'
import { checkSecondFactor, totpSealContext } from '../security/second-factor'
import { sessionInfo } from '../security/session-info'
import { endSession, getSession, requireSessionForEnrolment, startSession } from '../security/sessions'
import { checkCredentials } from '../security/sign-in'
import { newTotpSecret, totpUri, verifyTotp } from '../security/totp'
import { findOperatorById, updateOperator } from '../store/operators-repo'
import { replaceRecoveryCodes } from '../store/recovery-codes-repo'
import { markReauthenticated } from '../store/sessions-repo'
import { countChallengeAttempt } from '../store/sign-in-challenges-repo'

const wrongCode = () => new ApiError(401, ERROR_CODES.invalidCredentials, 'That code is not correct. Check your authenticator app and try again.')

async function currentOperator(c: Context<AppEnv>) {
  const operator = await findOperatorById(c.var.deps.db, getSession(c).operatorId)
  if (!operator) throw new ApiError(401, ERROR_CODES.unauthenticated, 'Your account no longer exists.')
  return operator
}

export const authRoutes = new Hono<AppEnv>()
  .post('/sign-in', validate('json', signInRequestSchema), async (c) => {
    const { username, password } = c.req.valid('json')
    const operator = await checkCredentials(c, username, password)
    if (operator.mfaEnabledAt) {
      await startChallenge(c, operator.id)
      const pending: SignInResponse = { status: 'mfa-required' }
      return c.json(pending, 200)
    }
    const session = await startSession(c, operator)
    await recordAudit(c, { action: 'auth.sign-in', target: operator.username, result: 'success' })
    return c.json({ status: 'signed-in', session: sessionInfo(c.var.deps.config, session) } as SignInResponse, 200)
  })
  .post('/sign-in/mfa', validate('json', mfaCodeRequestSchema), async (c) => {
    const { code } = c.req.valid('json')
    const challenge = await readChallenge(c)
    const operator = await findOperatorById(c.var.deps.db, challenge.operatorId)
    if (!operator || operator.disabled) throw challengeExpired()
    const method = await checkSecondFactor(c.var.deps, operator, code)
    if (!method) {
      const attempts = await countChallengeAttempt(c.var.deps.db, challenge.idHash)
      await recordAudit(c, { actor: operator.username, actorId: operator.id, action: 'auth.sign-in', target: operator.username, result: 'failure', details: { why: 'wrong second factor', attempts } })
      if (attempts >= MAX_CHALLENGE_ATTEMPTS) {
        await endChallenge(c, challenge.idHash)
        throw challengeExpired()
      }
      throw wrongCode()
    }
    await endChallenge(c, challenge.idHash)
    const session = await startSession(c, operator)
    await recordAudit(c, { action: 'auth.sign-in', target: operator.username, result: 'success', details: { secondFactor: method } })
    return c.json({ status: 'signed-in', session: sessionInfo(c.var.deps.config, session) } as SignInResponse, 200)
  })
  .post('/sign-out', async (c) => {
    const session = c.var.session
    if (session) await recordAudit(c, { action: 'auth.sign-out', target: session.username, result: 'success' })
    await endSession(c)
    return c.body(null, 204)
  })
  // 200 either way: "not signed in" is an answer here, not an error (the SPA asks on every cold start).
  .get('/session', (c) => {
    const session = c.var.session
    return c.json({ session: session ? sessionInfo(c.var.deps.config, session) : null }, 200)
  })
  .post('/reauth', requireSessionForEnrolment, validate('json', reauthRequestSchema), async (c) => {
    const { password, code } = c.req.valid('json')
    const operator = await currentOperator(c)
    const ok = code ? (await checkSecondFactor(c.var.deps, operator, code)) !== null : await verifyPassword(password ?? '', operator.passwordHash)
    await recordAudit(c, { action: 'auth.reauth', target: operator.username, result: ok ? 'success' : 'failure', details: { with: code ? 'code' : 'password' } })
    if (!ok) throw new ApiError(401, ERROR_CODES.invalidCredentials, code ? 'That code is not correct.' : 'That password is not correct.')
    await markReauthenticated(c.var.deps.db, getSession(c).idHash, c.var.deps.now())
    return c.body(null, 204)
  })
  .post('/mfa/enrolment', requireSessionForEnrolment, async (c) => {
    const operator = await currentOperator(c)
    if (operator.mfaEnabledAt) throw conflict('Two-factor authentication is already set up. Turn it off first to enrol a new device.')
    const secret = newTotpSecret()
    await updateOperator(c.var.deps.db, operator.id, { totpPendingSealed: c.var.deps.sealer.seal(secret, totpSealContext(operator.id)) }, c.var.deps.now())
    const otpauthUri = totpUri(operator.username, secret)
    const enrolment: MfaEnrolment = { secret, otpauthUri, qrCodeDataUrl: await QRCode.toDataURL(otpauthUri, { margin: 1, width: 220 }) }
    return c.json(enrolment, 200)
  })
  .post('/mfa/enrolment/confirm', requireSessionForEnrolment, validate('json', mfaCodeRequestSchema), async (c) => {
    const { code } = c.req.valid('json')
    const { db, now, sealer } = c.var.deps
    const operator = await currentOperator(c)
    if (!operator.totpPendingSealed) throw conflict('Start the set-up again: there is no enrolment waiting for a code.')
    const secret = sealer.unseal(operator.totpPendingSealed, totpSealContext(operator.id))
    const step = verifyTotp(operator.username, secret, code, now(), null)
    if (step === null) throw wrongCode()
    const recoveryCodes = newRecoveryCodes()
    await updateOperator(db, operator.id, { totpSecretSealed: operator.totpPendingSealed, totpPendingSealed: null, totpLastStep: step, mfaEnabledAt: now() }, now())
    await replaceRecoveryCodes(db, operator.id, recoveryCodes.map(hashRecoveryCode))
    await markReauthenticated(db, getSession(c).idHash, now())
    await recordAudit(c, { action: 'auth.mfa-enrol', target: operator.username, result: 'success' })
    return c.json({ recoveryCodes } satisfies MfaEnrolmentConfirmed, 200)
  })
  .delete('/mfa', requireSessionForEnrolment, requireRecentAuth, async (c) => {
    const { config, db, now } = c.var.deps
    const session = getSession(c)
    if (!config.demo && session.grants.some((grant) => grant.role === 'admin')) {
      throw new ApiError(403, 'mfa_required_for_admins', 'Admins must keep two-factor authentication on.')
    }
    await updateOperator(db, session.operatorId, { totpSecretSealed: null, totpPendingSealed: null, totpLastStep: null, mfaEnabledAt: null }, now())
    await replaceRecoveryCodes(db, session.operatorId, [])
    await recordAudit(c, { action: 'auth.mfa-disable', target: session.username, result: 'success' })
    return c.body(null, 204)
  })

export type AuthRoutes = typeof authRoutes
