import type { Context } from 'hono'
import type { SpsEnv } from '../sps-env'
import { spsError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import type { OpenTransaction } from '../transactions/config-transactions'
import { allows, type SpsPermission } from '../auth/sps-privileges'

// The refusals shared by the configuration endpoints: 403 without the privilege, 409 without an
// open transaction (seed 003/004: `NoTransaction`) or while another session holds the lock.

export const NO_TRANSACTION_MESSAGE = 'No open Transaction is available. Open a transaction before using this request.'

export function forbidden(c: Context): Response {
  return spsError(c, 403, 'Unauthorized', 'The requested resource cannot be retrieved because the client is not authorized to access it.')
}

export function noTransaction(c: Context): Response {
  return spsError(c, 409, 'NoTransaction', NO_TRANSACTION_MESSAGE)
}

export function configurationLocked(c: Context, holder: OpenTransaction): Response {
  return spsError(c, 409, 'ConfigurationLocked', `The configuration is locked by another session of user ${holder.username}.`, { locked_by: holder.username })
}

/** 403 unless the signed-in user has the permission on the ACL object. */
export function checkPermission(c: Context<SpsEnv>, aclObject: string, needed: SpsPermission): Response | null {
  return allows(c.get('spsSession').privileges, aclObject, needed) ? null : forbidden(c)
}

/**
 * Whether this session may stage a configuration change now: it needs write access, the lock
 * must be free or its own, and (5.7/6.0) its transaction must already be open. 7.x opens one on
 * the first change (`stageChanges`).
 */
export function checkConfigWrite(c: Context<SpsEnv>, runtime: SpsRuntime, aclObject: string | null): Response | null {
  const session = c.get('spsSession')
  if (aclObject !== null) {
    const refused = checkPermission(c, aclObject, 'write')
    if (refused) return refused
  }
  const active = runtime.transactions.active()
  if (active && active.token !== session.token) return configurationLocked(c, active)
  if (!active && !runtime.isSeven) return noTransaction(c)
  return null
}

/** The transaction the change goes into, opened now on 7.x if need be (after `checkConfigWrite`). */
export function stageChanges(c: Context<SpsEnv>, runtime: SpsRuntime): OpenTransaction {
  const session = c.get('spsSession')
  const outcome = runtime.transactions.open(session.token, session.username)
  if (outcome.status === 'locked') throw new Error('the configuration lock changed hands during a request')
  return outcome.transaction
}
