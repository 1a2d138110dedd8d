import type { QueryValue } from '../http/vendor-request'
import type { SpsWriteSession } from './sps-connection'
import { spsJson } from './sps-login-session'
import { transactionStatusOf } from './sps-version'

/** What a change can do inside its transaction; answers are SPS's parsed JSON. */
export interface SpsTransaction {
  get(path: string, query?: Readonly<Record<string, QueryValue>>): Promise<unknown>
  post(path: string, body: unknown): Promise<unknown>
  put(path: string, body: unknown): Promise<unknown>
  delete(path: string): Promise<unknown>
}

export interface WithTransactionOptions {
  /** Sent with the commit on 7.x (where it may be required); 5.7/6.0 have no commit message. */
  commitMessage?: string
  requestId?: string
}

const DEFAULT_COMMIT_MESSAGE = 'Change made through Gatehouse'

/**
 * Opens a transaction in the operator's own SPS session, runs `change`, commits — and on any
 * error (including a failed commit) rolls back, so SPS is left with no open transaction and
 * none of the change. Another operator's open transaction surfaces as SPS's lock conflict (409).
 */
export function withTransaction<T>(session: SpsWriteSession, change: (tx: SpsTransaction) => Promise<T>, options: WithTransactionOptions = {}): Promise<T> {
  const login = session.login
  const requestId = options.requestId ? { requestId: options.requestId } : {}
  const status = async () => transactionStatusOf(await spsJson(login.send('GET', '/api/transaction', requestId)))
  // Opening, committing and rolling back are writes: after an unclear outcome, SPS's status says whether they happened.
  const isOpen = async () => (await status()) === 'open'
  const isClosed = async () => (await status()) === 'closed'

  return session.serialise(async () => {
    const { shape } = await session.info()
    // Both shapes accept an explicit open; on 7.x it also takes the lock before the first change.
    await spsJson(login.send('POST', '/api/transaction', { ...requestId, checkApplied: isOpen }))
    login.holdsTransaction = true
    const tx: SpsTransaction = {
      get: (path, query) => spsJson(login.send('GET', path, { ...requestId, ...(query ? { query } : {}) })),
      // No checkApplied: an unclear write fails the change, and the rollback undoes whatever half of it landed.
      post: (path, body) => spsJson(login.send('POST', path, { ...requestId, json: body })),
      put: (path, body) => spsJson(login.send('PUT', path, { ...requestId, json: body })),
      delete: (path) => spsJson(login.send('DELETE', path, requestId)),
    }
    try {
      const result = await change(tx)
      const commit = shape === 'seven' ? { status: 'commit', message: options.commitMessage ?? DEFAULT_COMMIT_MESSAGE } : { status: 'commit' }
      await spsJson(login.send('PUT', '/api/transaction', { ...requestId, json: commit, checkApplied: isClosed }))
      login.holdsTransaction = false
      return result
    } catch (error) {
      if (login.holdsTransaction) {
        login.holdsTransaction = false
        // The change's own error is what the operator needs; a failed rollback is left to SPS's idle timeout.
        await spsJson(login.send('DELETE', '/api/transaction', { ...requestId, checkApplied: isClosed })).catch((rollbackError: unknown) =>
          session.log.warn('sps.rollback_failed', {
            connectionId: session.connectionId,
            ...requestId,
            error: rollbackError instanceof Error ? rollbackError.message : String(rollbackError),
          }),
        )
      }
      throw error
    }
  })
}
