import { conflict } from '../../http/api-error'
import { VendorApiError } from '../http/vendor-errors'
import type { SpsConnection, SpsWriteSession } from './sps-connection'
import { isRecord, type SpsRead } from './sps-config-objects'
import { spsJson } from './sps-login-session'
import type { SpsTransaction } from './sps-transaction'
import { transactionStatusOf } from './sps-version'

// Pending changes: a transaction left open in the operator's own SPS login session between
// requests, so an operator can make several changes, review SPS's changelog, then commit or
// discard them together. SPS locks the configuration meanwhile; anyone else gets its lock
// conflict. It ends by commit, discard, the console session's end, or SPS's idle timeout.

const TRANSACTION_PATH = '/api/transaction'

/** Why SPS ended an operator's transaction on its own, kept until the pending-changes bar has shown it. */
const lostBecause = new WeakMap<SpsWriteSession, string>()

const LOST_MESSAGE = 'SPS ended your transaction (it was idle too long or the appliance restarted), so your pending changes were discarded. Nothing of them was committed.'

function transactionOf(session: SpsWriteSession, requestId: string | undefined): SpsTransaction {
  const login = session.login
  const id = requestId ? { requestId } : {}
  return {
    get: (path, query) => spsJson(login.send('GET', path, { ...id, ...(query ? { query } : {}) })),
    post: (path, body) => spsJson(login.send('POST', path, { ...id, json: body })),
    put: (path, body) => spsJson(login.send('PUT', path, { ...id, json: body })),
    delete: (path) => spsJson(login.send('DELETE', path, id)),
  }
}

/** Whether SPS dropped the session that held the transaction (the login then no longer holds one). */
function noteIfLost(session: SpsWriteSession, heldBefore: boolean, error: unknown): void {
  if (heldBefore && !session.login.holdsTransaction && error instanceof VendorApiError) lostBecause.set(session, LOST_MESSAGE)
}

/**
 * Adds `change` to the operator's pending changes, opening their transaction first if need be.
 * A refused change leaves the earlier pending changes as they were; if this call opened the
 * transaction, it is rolled back so the lock is not kept for nothing.
 */
export function stageChange<T>(session: SpsWriteSession, change: (tx: SpsTransaction) => Promise<T>, requestId?: string): Promise<T> {
  const login = session.login
  return session.serialise(async () => {
    const heldBefore = login.holdsTransaction
    if (!heldBefore) {
      lostBecause.delete(session)
      const isOpen = async () => transactionStatusOf(await spsJson(login.send('GET', TRANSACTION_PATH))) === 'open'
      // Another administrator's transaction answers 409 ConfigurationLocked here, before anything changes.
      await spsJson(login.send('POST', TRANSACTION_PATH, { ...(requestId ? { requestId } : {}), checkApplied: isOpen }))
      login.holdsTransaction = true
    }
    try {
      return await change(transactionOf(session, requestId))
    } catch (error) {
      noteIfLost(session, true, error)
      if (!heldBefore && login.holdsTransaction) {
        login.holdsTransaction = false
        await spsJson(login.send('DELETE', TRANSACTION_PATH)).catch((rollbackError: unknown) =>
          session.log.warn('sps.rollback_failed', { connectionId: session.connectionId, error: rollbackError instanceof Error ? rollbackError.message : String(rollbackError) }),
        )
      }
      throw error
    }
  })
}

export interface PendingStatus {
  open: boolean
  remainingSeconds: number | null
  commitMessage: 'optional' | 'required' | 'none'
  /** SPS's changelog answer, for parseChanges. */
  changelog: unknown
  lost: string | null
}

/** The operator's transaction as SPS sees it; no SPS call when they hold none. */
export function pendingStatus(session: SpsWriteSession): Promise<PendingStatus> {
  const login = session.login
  return session.serialise(async () => {
    const lost = lostBecause.get(session) ?? null
    if (!login.holdsTransaction) {
      lostBecause.delete(session)
      return { open: false, remainingSeconds: null, commitMessage: 'none', changelog: null, lost }
    }
    try {
      const status = await spsJson(login.send('GET', TRANSACTION_PATH))
      if (transactionStatusOf(status) !== 'open') {
        login.holdsTransaction = false
        return { open: false, remainingSeconds: null, commitMessage: 'none', changelog: null, lost: LOST_MESSAGE }
      }
      const meta = isRecord(status) && isRecord(status.meta) ? status.meta : {}
      const body = isRecord(status) && isRecord(status.body) ? status.body : null
      const commitMessage = body?.commit_message === 'required' ? 'required' : body ? 'optional' : 'none'
      const changelog = await spsJson(login.send('GET', `${TRANSACTION_PATH}/changes`))
      return { open: true, remainingSeconds: typeof meta.remaining_seconds === 'number' ? meta.remaining_seconds : null, commitMessage, changelog, lost: null }
    } catch (error) {
      noteIfLost(session, true, error)
      if (!login.holdsTransaction) {
        lostBecause.delete(session)
        return { open: false, remainingSeconds: null, commitMessage: 'none', changelog: null, lost: LOST_MESSAGE }
      }
      throw error
    }
  })
}

/** Commits the operator's pending changes; 7.x gets `message` as the commit message. */
export function commitPending(session: SpsWriteSession, message: string, requestId?: string): Promise<void> {
  const login = session.login
  return session.serialise(async () => {
    if (!login.holdsTransaction) throw conflict('You have no pending SPS changes to commit. They may have been committed, discarded or timed out already.')
    const { shape } = await session.info()
    const isClosed = async () => transactionStatusOf(await spsJson(login.send('GET', TRANSACTION_PATH))) === 'closed'
    const body = shape === 'seven' ? { status: 'commit', message } : { status: 'commit' }
    try {
      await spsJson(login.send('PUT', TRANSACTION_PATH, { json: body, checkApplied: isClosed, ...(requestId ? { requestId } : {}) }))
    } catch (error) {
      noteIfLost(session, true, error)
      throw error
    }
    login.holdsTransaction = false
  })
}

/** Rolls back the operator's pending changes (a harmless no-op on SPS when none are open). */
export function discardPending(session: SpsWriteSession, requestId?: string): Promise<boolean> {
  const login = session.login
  return session.serialise(async () => {
    if (!login.holdsTransaction) return false
    // Only once SPS confirms does the console stop holding it, so a failed discard can be retried.
    await spsJson(login.send('DELETE', TRANSACTION_PATH, requestId ? { requestId } : {}))
    login.holdsTransaction = false
    return true
  })
}

/**
 * How the operator's screens read: through their own session while it holds a transaction (SPS
 * shows only the holder its pending changes), through the shared read session otherwise.
 */
export function operatorReader(connection: SpsConnection, session: SpsWriteSession): { read: SpsRead; withPending: boolean } {
  if (!session.login.holdsTransaction) return { read: (path) => connection.read(path), withPending: false }
  return {
    withPending: true,
    read: async (path) => {
      try {
        return await spsJson(session.login.send('GET', path))
      } catch (error) {
        noteIfLost(session, true, error)
        // The transaction is gone: show the committed configuration rather than an error.
        if (!session.login.holdsTransaction) return connection.read(path)
        throw error
      }
    },
  }
}
