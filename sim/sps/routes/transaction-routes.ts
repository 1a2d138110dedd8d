import type { Hono } from 'hono'
import { canWriteSomething } from '../auth/sps-privileges'
import { TRANSACTION_HREF, spsJson } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed, semanticError, spsError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import { TRANSACTION_CHANGES_HREF, transactionStatusBody } from '../transactions/transaction-status'
import { configurationLocked, forbidden, noTransaction } from './access-errors'
import { readJsonObject } from './request-json'

// `/api/transaction`: POST opens (and locks the configuration), GET shows the status, PUT
// `{"status": "commit"}` commits, DELETE rolls back; `/api/transaction/changes` is the changelog.

export function registerTransactionRoutes(api: Hono<SpsEnv>, runtime: SpsRuntime): void {
  api.get(TRANSACTION_HREF, (c) => spsJson(c, transactionStatusBody(runtime, c.get('spsSession'))))

  api.post(TRANSACTION_HREF, (c) => {
    // Documented: a POST without Content-Length (e.g. no body at all) gets 411.
    if (c.req.header('content-length') === undefined && c.req.header('transfer-encoding') === undefined) {
      return spsError(c, 411, 'LengthRequired', 'Send Content-Length (0 for an empty body) when opening a transaction.')
    }
    const session = c.get('spsSession')
    if (!canWriteSomething(session.privileges)) return forbidden(c)
    const outcome = runtime.transactions.open(session.token, session.username)
    if (outcome.status === 'locked') return configurationLocked(c, outcome.holder)
    return spsJson(c, transactionStatusBody(runtime, session))
  })

  api.put(TRANSACTION_HREF, async (c) => {
    const session = c.get('spsSession')
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    if (body.value.status !== 'commit') {
      return semanticError(c, 'To commit the transaction, send {"status": "commit"}.', [{ field: 'status', message: 'expected "commit"' }])
    }
    const message = typeof body.value.message === 'string' ? body.value.message.trim() : ''
    if (!runtime.transactions.ownedBy(session.token)) {
      const active = runtime.transactions.active()
      return active ? configurationLocked(c, active) : noTransaction(c)
    }
    if (runtime.isSeven && runtime.commitMessage === 'required' && message === '') {
      return semanticError(c, 'A commit message is required.', [{ field: 'message', message: 'required' }])
    }
    runtime.transactions.commit(session.token, runtime.data, message === '' ? null : message)
    return spsJson(c, transactionStatusBody(runtime, session))
  })

  // Rolling back when nothing is open is a harmless no-op (our choice; undocumented).
  api.delete(TRANSACTION_HREF, (c) => {
    const session = c.get('spsSession')
    runtime.transactions.rollback(session.token)
    return spsJson(c, transactionStatusBody(runtime, session))
  })

  api.all(TRANSACTION_HREF, (c) => methodNotAllowed(c, ['GET', 'POST', 'PUT', 'DELETE']))

  api.get(TRANSACTION_CHANGES_HREF, (c) => {
    const owned = runtime.transactions.ownedBy(c.get('spsSession').token)
    return spsJson(c, {
      changes: owned ? [...owned.changes.changes] : [],
      meta: { href: TRANSACTION_CHANGES_HREF, parent: TRANSACTION_HREF, transaction: TRANSACTION_HREF },
    })
  })
  api.all(TRANSACTION_CHANGES_HREF, (c) => methodNotAllowed(c, ['GET']))
}
