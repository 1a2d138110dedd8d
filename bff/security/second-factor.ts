import type { Deps } from '../app-env'
import type { OperatorRecord } from '../store/operators-repo'
import { updateOperator } from '../store/operators-repo'
import { useRecoveryCode } from '../store/recovery-codes-repo'
import { hashRecoveryCode, looksLikeRecoveryCode } from './recovery-codes'
import { verifyTotp } from './totp'

export const totpSealContext = (operatorId: string) => `operator:${operatorId}:totp`

/**
 * Checks an authenticator code or a recovery code for an operator with MFA. A TOTP code is
 * accepted once (its time step is remembered); a recovery code is used up.
 */
export async function checkSecondFactor(deps: Deps, operator: OperatorRecord, code: string): Promise<'totp' | 'recovery-code' | null> {
  const { db, now, sealer } = deps
  if (!operator.totpSecretSealed) return null
  if (looksLikeRecoveryCode(code)) {
    return (await useRecoveryCode(db, operator.id, hashRecoveryCode(code), now())) ? 'recovery-code' : null
  }
  const secret = sealer.unseal(operator.totpSecretSealed, totpSealContext(operator.id))
  const step = verifyTotp(operator.username, secret, code, now(), operator.totpLastStep)
  if (step === null) return null
  await updateOperator(db, operator.id, { totpLastStep: step }, now())
  return 'totp'
}
