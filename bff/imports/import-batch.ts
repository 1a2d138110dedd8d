import type { Store } from '../store/database'
import { markImportRowsSending, recordImportRow, type ImportRowRecord } from '../store/identity-imports-repo'
import type { IdentityClient } from '../vendors/identity/identity-client'
import { createdUserUuid, createUserArgs, existingUsers, existingUsersQuery } from '../vendors/identity/identity-imports'
import { VendorApiError } from '../vendors/http/vendor-errors'

/** Why a batch stopped early: Identity refused for now; the rows left are retried after a wait. */
export class ImportPause extends Error {
  constructor(
    message: string,
    readonly retryAfterMs: number | null,
  ) {
    super(message)
  }
}

export interface BatchContext {
  db: Store
  client: IdentityClient
  jobId: string
  sendInvite: boolean
  now: () => Date
  /** Requests in flight at once for this job. */
  concurrency: number
  /** Aborted at shutdown: no further row is sent; rows marked but not sent are checked on resume. */
  signal?: AbortSignal
}

const CONFIRMED = 'Created (confirmed in the directory after an unanswered attempt)'
const EXISTS = 'A user with this login name already exists in the directory'

/** Lower-cased login → Uuid of the batch's logins that exist in the directory now. */
async function lookUp(client: IdentityClient, rows: readonly ImportRowRecord[]): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map()
  return existingUsers(await client.call('/Redrock/query', existingUsersQuery(rows.map((row) => row.username)), { read: true }))
}

/**
 * One batch of a job. Every row is first looked up: a login that exists is rejected if the row
 * was never sent, and counted as created if an earlier attempt's outcome was unknown (`sending`:
 * a 5xx, a timeout or a restart mid-row). Only then are rows marked `sending` and created.
 */
export async function runImportBatch(context: BatchContext, rows: readonly ImportRowRecord[], cancelled: boolean): Promise<void> {
  const { db, client, jobId, now } = context
  const found = await lookUp(client, rows)
  const toSend: ImportRowRecord[] = []
  for (const row of rows) {
    const uuid = found.get(row.username.toLowerCase())
    if (row.status === 'sending' && uuid) await recordImportRow(db, jobId, row.line, { status: 'created', userUuid: uuid, message: CONFIRMED }, now())
    else if (uuid) await recordImportRow(db, jobId, row.line, { status: 'rejected', message: EXISTS }, now())
    else if (cancelled) await recordImportRow(db, jobId, row.line, { status: 'cancelled', message: 'Cancelled; the unanswered attempt did not create the user' }, now())
    else toSend.push(row)
  }
  const marked = await markImportRowsSending(
    db,
    jobId,
    toSend.map((row) => row.line),
    now(),
  )
  const queue = toSend.filter((row) => marked.has(row.line))
  let pause: ImportPause | null = null
  const worker = async () => {
    for (let row = queue.shift(); row && !pause && !context.signal?.aborted; row = queue.shift()) {
      const outcome = await sendRow(context, row)
      if (outcome instanceof ImportPause) pause = outcome
    }
  }
  await Promise.all(Array.from({ length: Math.min(context.concurrency, queue.length) }, worker))
  // Rows taken off the queue by nobody stay `sending`; the next batch checks them before resending.
  if (pause) throw pause
}

/** Creates one row's user and records the outcome; answers an ImportPause when Identity refused for now. */
async function sendRow(context: BatchContext, row: ImportRowRecord): Promise<ImportPause | null> {
  const { db, client, jobId, now } = context
  let checked = false
  const exists = async () => {
    checked = true
    return (await lookUp(client, [row])).has(row.username.toLowerCase())
  }
  try {
    const result = await client.call('/CDirectoryService/CreateUser', createUserArgs(row, context.sendInvite), { read: false, checkApplied: exists })
    // A write confirmed by the check answers no Uuid: read it back.
    const uuid = createdUserUuid(result) ?? (await lookUp(client, [row])).get(row.username.toLowerCase()) ?? null
    await recordImportRow(db, jobId, row.line, { status: 'created', userUuid: uuid, message: result === null ? CONFIRMED : null }, now())
    return null
  } catch (error) {
    if (!(error instanceof VendorApiError)) throw error
    // Identity's own refusal (success:false): final. Not after an unanswered attempt, though: that
    // refusal may be "already exists" for the user the first attempt created.
    if (error.vendor !== undefined && error.status !== 429 && !checked) {
      const said = (error.vendor as { Message?: unknown }).Message
      await recordImportRow(db, jobId, row.line, { status: 'rejected', message: typeof said === 'string' && said.trim() ? said : error.message }, now())
      return null
    }
    // Refused before it took effect (429, unreachable): pending again. Unknown: stays `sending`.
    if (!checked) await recordImportRow(db, jobId, row.line, { status: 'pending', message: null }, now())
    const retryAfter = Number(error.headers['Retry-After'])
    return new ImportPause(error.message, Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null)
  }
}
