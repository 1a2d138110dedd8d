import { sql, type Selectable } from 'kysely'
import type { ImportJobStatus, ImportJobSummary, ImportRowFilter, ImportRowInput, ImportRowOutcome, ImportRowStatus } from '../../contract/identity-imports'
import type { Store } from './database'
import type { IdentityImportJobsTable, IdentityImportRowsTable } from './schema'

// Import jobs and their rows. A row is written before it is sent (`sending`) and after its
// outcome is known, so a restart finds exactly the rows whose outcome must be checked.

export type ImportJobRecord = Selectable<IdentityImportJobsTable>
export type ImportRowRecord = Selectable<IdentityImportRowsTable>

export interface NewImportRow extends ImportRowInput {
  status: Extract<ImportRowStatus, 'pending' | 'rejected'>
  message: string | null
}

const INSERT_CHUNK = 500

export async function insertImportJob(
  db: Store,
  job: { id: string; tenantId: string; fileName: string; sendInvite: boolean; createdById: string | null; createdBy: string; reason: string | null },
  rows: readonly NewImportRow[],
  now: Date,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('identity_import_jobs')
      .values({
        id: job.id,
        tenant_id: job.tenantId,
        file_name: job.fileName,
        status: 'running',
        send_invite: job.sendInvite,
        created_by_id: job.createdById,
        created_by: job.createdBy,
        reason: job.reason,
        created_at: now,
        total: rows.length,
      })
      .execute()
    for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
      const values = rows.slice(start, start + INSERT_CHUNK).map((row) => ({
        job_id: job.id,
        line: row.line,
        username: row.username.trim(),
        email: row.email.trim(),
        display_name: row.displayName.trim(),
        mobile_number: row.mobileNumber.trim(),
        office_number: row.officeNumber.trim(),
        description: row.description.trim(),
        organization: row.organization.trim(),
        status: row.status,
        message: row.message,
        updated_at: now,
      }))
      await trx.insertInto('identity_import_rows').values(values).execute()
    }
  })
}

interface RowCounts {
  created: number
  rejected: number
  cancelled: number
  remaining: number
}

async function countsByJob(db: Store, jobIds: readonly string[]): Promise<Map<string, RowCounts>> {
  const counts = new Map<string, RowCounts>(jobIds.map((id) => [id, { created: 0, rejected: 0, cancelled: 0, remaining: 0 }]))
  if (jobIds.length === 0) return counts
  const rows = await db
    .selectFrom('identity_import_rows')
    .select(['job_id', 'status', sql<number>`count(*)::int`.as('n')])
    .where('job_id', 'in', jobIds)
    .groupBy(['job_id', 'status'])
    .execute()
  for (const row of rows) {
    const entry = counts.get(row.job_id)
    if (!entry) continue
    if (row.status === 'created' || row.status === 'rejected' || row.status === 'cancelled') entry[row.status] += row.n
    else entry.remaining += row.n
  }
  return counts
}

function summary(job: ImportJobRecord, counts: RowCounts | undefined): ImportJobSummary {
  return {
    id: job.id,
    fileName: job.file_name,
    status: job.status as ImportJobStatus,
    createdBy: job.created_by,
    createdAt: job.created_at.toISOString(),
    finishedAt: job.finished_at?.toISOString() ?? null,
    sendInvite: job.send_invite,
    total: job.total,
    created: counts?.created ?? 0,
    rejected: counts?.rejected ?? 0,
    cancelled: counts?.cancelled ?? 0,
    remaining: counts?.remaining ?? 0,
    waitingReason: job.finished_at ? null : job.waiting_reason,
  }
}

export async function findImportJob(db: Store, tenantId: string, id: string): Promise<ImportJobSummary | undefined> {
  const job = await db.selectFrom('identity_import_jobs').selectAll().where('id', '=', id).where('tenant_id', '=', tenantId).executeTakeFirst()
  if (!job) return undefined
  return summary(job, (await countsByJob(db, [job.id])).get(job.id))
}

export async function getImportJobRecord(db: Store, id: string): Promise<ImportJobRecord | undefined> {
  return db.selectFrom('identity_import_jobs').selectAll().where('id', '=', id).executeTakeFirst()
}

export async function listImportJobs(db: Store, tenantId: string, page: number, pageSize: number): Promise<{ items: ImportJobSummary[]; total: number }> {
  const [jobs, total] = await Promise.all([
    db
      .selectFrom('identity_import_jobs')
      .selectAll()
      .where('tenant_id', '=', tenantId)
      .orderBy('created_at', 'desc')
      .orderBy('id')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    db.selectFrom('identity_import_jobs').select(sql<number>`count(*)::int`.as('n')).where('tenant_id', '=', tenantId).executeTakeFirstOrThrow(),
  ])
  const counts = await countsByJob(
    db,
    jobs.map((job) => job.id),
  )
  return { items: jobs.map((job) => summary(job, counts.get(job.id))), total: total.n }
}

const FILTER_STATUSES: Record<Exclude<ImportRowFilter, 'all'>, ImportRowStatus[]> = {
  created: ['created'],
  rejected: ['rejected'],
  cancelled: ['cancelled'],
  remaining: ['pending', 'sending'],
}

export function rowOutcome(row: ImportRowRecord): ImportRowOutcome {
  return {
    line: row.line,
    username: row.username,
    email: row.email,
    displayName: row.display_name,
    status: row.status as ImportRowStatus,
    message: row.message,
    userUuid: row.user_uuid,
    attempts: row.attempts,
  }
}

export async function listImportRows(
  db: Store,
  jobId: string,
  filter: ImportRowFilter,
  page: number,
  pageSize: number,
): Promise<{ items: ImportRowOutcome[]; total: number }> {
  let rows = db.selectFrom('identity_import_rows').where('job_id', '=', jobId)
  if (filter !== 'all') rows = rows.where('status', 'in', FILTER_STATUSES[filter])
  const [items, total] = await Promise.all([
    rows
      .selectAll()
      .orderBy('line')
      .limit(pageSize)
      .offset((page - 1) * pageSize)
      .execute(),
    rows.select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow(),
  ])
  return { items: items.map(rowOutcome), total: total.n }
}

/** Every row in line order, a batch at a time (for the report CSV). */
export async function* importRowBatches(db: Store, jobId: string, batchSize = 1000): AsyncGenerator<ImportRowOutcome[]> {
  for (let after = 0; ; ) {
    const rows = await db.selectFrom('identity_import_rows').selectAll().where('job_id', '=', jobId).where('line', '>', after).orderBy('line').limit(batchSize).execute()
    if (rows.length === 0) return
    yield rows.map(rowOutcome)
    after = rows[rows.length - 1]?.line ?? after
  }
}

/** Jobs some runner still has to finish. */
export async function unfinishedImportJobIds(db: Store): Promise<string[]> {
  const rows = await db.selectFrom('identity_import_jobs').select('id').where('finished_at', 'is', null).orderBy('created_at').execute()
  return rows.map((row) => row.id)
}

/** Takes or renews the job's lease; false while another runner's lease holds. */
export async function claimImportJob(db: Store, id: string, owner: string, now: Date, leaseMs: number): Promise<boolean> {
  const result = await db
    .updateTable('identity_import_jobs')
    .set({ lease_owner: owner, lease_until: new Date(now.getTime() + leaseMs) })
    .where('id', '=', id)
    .where('finished_at', 'is', null)
    .where((eb) => eb.or([eb('lease_owner', 'is', null), eb('lease_owner', '=', owner), eb('lease_until', '<', now)]))
    .executeTakeFirst()
  return Number(result.numUpdatedRows) > 0
}

export async function releaseImportJob(db: Store, id: string, owner: string): Promise<void> {
  await db.updateTable('identity_import_jobs').set({ lease_owner: null, lease_until: null }).where('id', '=', id).where('lease_owner', '=', owner).execute()
}

/** The next rows to work on, in line order: of a running job, pending or sending; of a cancelled one, sending only. */
export async function nextImportRows(db: Store, jobId: string, statuses: readonly ImportRowStatus[], limit: number): Promise<ImportRowRecord[]> {
  return db.selectFrom('identity_import_rows').selectAll().where('job_id', '=', jobId).where('status', 'in', statuses).orderBy('line').limit(limit).execute()
}

/** Written before the requests go out: after a crash these rows are known to need a check. */
/** Answers the lines it marked: a row cancelled meanwhile is left alone and not sent. */
export async function markImportRowsSending(db: Store, jobId: string, lines: readonly number[], now: Date): Promise<Set<number>> {
  if (lines.length === 0) return new Set()
  const marked = await db
    .updateTable('identity_import_rows')
    .set((eb) => ({ status: 'sending', attempts: eb('attempts', '+', 1), updated_at: now }))
    .where('job_id', '=', jobId)
    .where('line', 'in', lines)
    .where('status', 'in', ['pending', 'sending'])
    .returning('line')
    .execute()
  return new Set(marked.map((row) => row.line))
}

export async function recordImportRow(
  db: Store,
  jobId: string,
  line: number,
  outcome: { status: ImportRowStatus; message?: string | null; userUuid?: string | null },
  now: Date,
): Promise<void> {
  await db
    .updateTable('identity_import_rows')
    .set({ status: outcome.status, message: outcome.message ?? null, user_uuid: outcome.userUuid ?? null, updated_at: now })
    .where('job_id', '=', jobId)
    .where('line', '=', line)
    .execute()
}

export async function setImportJobWaiting(db: Store, jobId: string, reason: string | null): Promise<void> {
  await db.updateTable('identity_import_jobs').set({ waiting_reason: reason }).where('id', '=', jobId).execute()
}

export async function finishImportJob(db: Store, jobId: string, now: Date): Promise<ImportJobRecord | undefined> {
  return db
    .updateTable('identity_import_jobs')
    .set((eb) => ({
      status: eb.case().when('status', '=', 'cancelled').then('cancelled').else('completed').end(),
      finished_at: now,
      waiting_reason: null,
      lease_owner: null,
      lease_until: null,
    }))
    .where('id', '=', jobId)
    .where('finished_at', 'is', null)
    .returningAll()
    .executeTakeFirst()
}

/** Stops a running job: rows not sent yet are cancelled; rows in flight finish and are recorded. */
export async function cancelImportJob(db: Store, tenantId: string, jobId: string, now: Date): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('identity_import_jobs')
      .set({ status: 'cancelled' })
      .where('id', '=', jobId)
      .where('tenant_id', '=', tenantId)
      .where('status', '=', 'running')
      .executeTakeFirst()
    if (Number(result.numUpdatedRows) === 0) return false
    await trx
      .updateTable('identity_import_rows')
      .set({ status: 'cancelled', message: 'Cancelled before it was sent', updated_at: now })
      .where('job_id', '=', jobId)
      .where('status', '=', 'pending')
      .execute()
    return true
  })
}
