import { randomUUID } from 'node:crypto'
import { appendAudit } from '../audit/audit-chain'
import type { VendorRegistry } from '../connections/vendor-registry'
import type { Logger } from '../logger'
import type { Store } from '../store/database'
import {
  claimImportJob,
  finishImportJob,
  getImportJobRecord,
  nextImportRows,
  releaseImportJob,
  setImportJobWaiting,
  unfinishedImportJobIds,
} from '../store/identity-imports-repo'
import { ImportPause, runImportBatch } from './import-batch'

export interface ImportJobRunnerOptions {
  db: Store
  vendors: VendorRegistry
  log: Logger
  now: () => Date
  /** Rows looked up and sent per batch. */
  batchSize?: number
  /** CreateUser requests in flight at once per job. */
  concurrency?: number
  /** How long a claim on a job lasts without renewal; another BFF instance takes over after it. */
  leaseMs?: number
  /** How often a started runner looks for jobs nobody runs (e.g. after another instance died). */
  scanIntervalMs?: number
  maxPauseMs?: number
  sleep?: (ms: number, signal: AbortSignal) => Promise<void>
}

export interface ImportJobRunner {
  /** Resumes every unfinished job and keeps looking for orphaned ones until stop(). */
  start(): Promise<void>
  /** Runs (or keeps running) one job, e.g. right after it was created or cancelled. */
  wake(jobId: string): void
  /** Stops taking rows, lets requests in flight finish and be recorded, and releases the jobs. */
  stop(): Promise<void>
  /** Resolves when no job is running here (for tests). */
  idle(): Promise<void>
}

const abortableSleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    if (signal.aborted) return resolve()
    const timer = setTimeout(done, ms)
    function done() {
      clearTimeout(timer)
      signal.removeEventListener('abort', done)
      resolve()
    }
    signal.addEventListener('abort', done)
  })

/**
 * Runs CSV import jobs from the store, row by row, so that a BFF restart (or another instance)
 * resumes where the last one stopped without losing or repeating a row (see import-batch.ts).
 */
export function createImportJobRunner(options: ImportJobRunnerOptions): ImportJobRunner {
  const { db, vendors, log, now } = options
  const batchSize = options.batchSize ?? 100
  const concurrency = options.concurrency ?? 8
  const leaseMs = options.leaseMs ?? 60_000
  const maxPauseMs = options.maxPauseMs ?? 60_000
  const sleep = options.sleep ?? abortableSleep
  const owner = randomUUID()
  const running = new Map<string, Promise<void>>()
  const stopping = new AbortController()
  let scanTimer: ReturnType<typeof setInterval> | null = null

  async function runJob(jobId: string): Promise<void> {
    if (!(await claimImportJob(db, jobId, owner, now(), leaseMs))) return
    let failures = 0
    try {
      while (!stopping.signal.aborted) {
        const job = await getImportJobRecord(db, jobId)
        if (!job || job.finished_at) return
        if (!(await claimImportJob(db, jobId, owner, now(), leaseMs))) return
        const cancelled = job.status === 'cancelled'
        const rows = await nextImportRows(db, jobId, cancelled ? ['sending'] : ['pending', 'sending'], batchSize)
        if (rows.length === 0) {
          const finished = await finishImportJob(db, jobId, now())
          if (finished) await auditFinish(finished.id)
          return
        }
        try {
          const client = await vendors.identity(job.tenant_id)
          await runImportBatch({ db, client, jobId, sendInvite: job.send_invite, now, concurrency, signal: stopping.signal }, rows, cancelled)
          if (failures > 0) await setImportJobWaiting(db, jobId, null)
          failures = 0
        } catch (error) {
          failures += 1
          const message = error instanceof Error ? error.message : String(error)
          const backoff = Math.min(maxPauseMs, 1_000 * 2 ** Math.min(failures - 1, 6))
          const waitMs = Math.min(maxPauseMs, error instanceof ImportPause && error.retryAfterMs !== null ? error.retryAfterMs : backoff)
          if (!(error instanceof ImportPause)) log.warn('import.batch-failed', { jobId, error: message })
          await setImportJobWaiting(db, jobId, `${message} Retrying in ${Math.ceil(waitMs / 1000)} s.`)
          await sleep(waitMs, stopping.signal)
        }
      }
    } finally {
      await releaseImportJob(db, jobId, owner).catch(() => undefined)
    }
  }

  async function auditFinish(jobId: string) {
    const job = await getImportJobRecord(db, jobId)
    if (!job) return
    const counts = await db
      .selectFrom('identity_import_rows')
      .select(['status', db.fn.countAll<string>().as('n')])
      .where('job_id', '=', jobId)
      .groupBy('status')
      .execute()
    const details = Object.fromEntries(counts.map((row) => [row.status, Number(row.n)]))
    await appendAudit(
      db,
      {
        actorId: job.created_by_id,
        actor: job.created_by,
        ip: '-',
        tenantId: job.tenant_id,
        action: 'identity.import.finish',
        target: `import ${job.file_name} (${job.id})`,
        reason: job.reason,
        result: job.status === 'completed' ? 'success' : 'failure',
        details: { status: job.status, total: job.total, ...details },
      },
      now(),
    )
  }

  function wake(jobId: string) {
    if (stopping.signal.aborted || running.has(jobId)) return
    const run = runJob(jobId)
      .catch((error: unknown) => log.error('import.job-failed', { jobId, error: String(error) }))
      .finally(() => running.delete(jobId))
    running.set(jobId, run)
  }

  async function scan() {
    for (const jobId of await unfinishedImportJobIds(db)) wake(jobId)
  }

  return {
    async start() {
      await scan()
      scanTimer = setInterval(() => void scan().catch((error: unknown) => log.error('import.scan-failed', { error: String(error) })), options.scanIntervalMs ?? 30_000)
      scanTimer.unref()
    },
    wake,
    async stop() {
      if (scanTimer) clearInterval(scanTimer)
      stopping.abort()
      await Promise.all(running.values())
    },
    async idle() {
      while (running.size > 0) await Promise.all(running.values())
    },
  }
}
