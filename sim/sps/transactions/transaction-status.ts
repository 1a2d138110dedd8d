import type { SpsLoginSession } from '../auth/sps-login-sessions'
import type { SpsRuntime } from '../sps-runtime'

// `GET /api/transaction` as each firmware answers it. 5.7/6.x: `{"key": "transaction", "meta":
// {…}, "transaction": {"status": "open"|"closed"}}`; 7.x: the status under `body` with
// `commit_message` ("optional" or "required"). `meta.remaining_seconds` is the time before the
// transaction is cancelled and the login ends; `meta.changes` links the changelog when there is
// something in it (our reading of how safeguard-ps tests it).

export const TRANSACTION_CHANGES_HREF = '/api/transaction/changes'

export function transactionStatusBody(runtime: SpsRuntime, session: SpsLoginSession): Record<string, unknown> {
  const owned = runtime.transactions.ownedBy(session.token)
  const status = owned ? 'open' : 'closed'
  const meta = {
    href: '/api/transaction',
    parent: '/api',
    remaining_seconds: runtime.sessions.remainingSeconds(session),
    ...(owned && owned.changes.changes.length > 0 ? { changes: TRANSACTION_CHANGES_HREF } : {}),
  }
  return runtime.isSeven
    ? { key: 'transaction', meta, body: { status, commit_message: runtime.commitMessage } }
    : { key: 'transaction', meta, transaction: { status } }
}
