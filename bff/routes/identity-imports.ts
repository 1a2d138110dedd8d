import { randomUUID } from 'node:crypto'
import { Hono, type Context } from 'hono'
import {
  cancelImportRequestSchema,
  createImportRequestSchema,
  IMPORT_REPORT_COLUMNS,
  importJobListQuerySchema,
  importPreviewRequestSchema,
  importRowListQuerySchema,
  type ImportPreview,
} from '../../contract/identity-imports'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { conflict, notFound } from '../http/api-error'
import { csvDownload } from '../http/csv-export'
import { validate } from '../http/validate'
import { previewImportRows } from '../imports/import-preview'
import { requirePermission } from '../security/rbac'
import { getSession, requireSession } from '../security/sessions'
import {
  cancelImportJob,
  findImportJob,
  importRowBatches,
  insertImportJob,
  listImportJobs,
  listImportRows,
  type NewImportRow,
} from '../store/identity-imports-repo'

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''

async function jobOf(c: Context<AppEnv>) {
  const job = await findImportJob(c.var.deps.db, tenantOf(c), c.req.param('jobId') ?? '')
  if (!job) throw notFound('The import')
  return job
}

/** /api/t/:tenant/identity/imports — CSV imports of Identity users; admin only (they create users). */
export const identityImportRoutes = new Hono<AppEnv>()
  .use(requireSession, requirePermission('identity.users.write'))
  .get('/', validate('query', importJobListQuerySchema), async (c) => {
    const { page, pageSize } = c.req.valid('query')
    const { items, total } = await listImportJobs(c.var.deps.db, tenantOf(c), page, pageSize)
    return c.json({ items, total, page, pageSize }, 200)
  })
  .post('/preview', validate('json', importPreviewRequestSchema), async (c) => {
    const { rows } = c.req.valid('json')
    const client = await c.var.deps.vendors.identity(tenantOf(c))
    const issues = await previewImportRows(client, rows, c.var.requestId)
    const bad = new Set(issues.map((issue) => issue.line))
    return c.json({ rows: rows.length, issues, valid: rows.length - bad.size } satisfies ImportPreview, 200)
  })
  .post('/', validate('json', createImportRequestSchema), async (c) => {
    const { fileName, rows, sendInvite, reason } = c.req.valid('json')
    const { db, vendors, imports, now } = c.var.deps
    const tenantId = tenantOf(c)
    const lines = new Set(rows.map((row) => row.line))
    if (lines.size !== rows.length) throw conflict('Two rows claim the same line of the file.')
    // Checked again here: the preview's answer is the browser's, and the directory may have changed.
    const issues = await previewImportRows(await vendors.identity(tenantId), rows, c.var.requestId)
    const reasons = new Map<number, string[]>()
    for (const issue of issues) reasons.set(issue.line, [...(reasons.get(issue.line) ?? []), issue.message])
    const stored: NewImportRow[] = rows.map((row) => {
      const problems = reasons.get(row.line)
      return { ...row, status: problems ? 'rejected' : 'pending', message: problems ? problems.join('; ') : null }
    })
    const session = getSession(c)
    const id = randomUUID()
    await insertImportJob(db, { id, tenantId, fileName, sendInvite, createdById: session.operatorId, createdBy: session.username, reason: reason || null }, stored, now())
    await recordAudit(c, {
      action: 'identity.import.start',
      tenantId,
      target: `import ${fileName} (${id})`,
      reason,
      result: 'success',
      details: { rows: rows.length, rejectedBeforeSending: reasons.size, sendInvite },
    })
    imports.wake(id)
    const created = await findImportJob(db, tenantId, id)
    if (!created) throw notFound('The new import')
    return c.json(created, 201)
  })
  .get('/:jobId', async (c) => c.json(await jobOf(c), 200))
  .get('/:jobId/rows', validate('query', importRowListQuerySchema), async (c) => {
    const job = await jobOf(c)
    const { page, pageSize, status } = c.req.valid('query')
    const { items, total } = await listImportRows(c.var.deps.db, job.id, status, page, pageSize)
    return c.json({ items, total, page, pageSize }, 200)
  })
  .get('/:jobId/report.csv', async (c) => {
    const job = await jobOf(c)
    async function* batches() {
      for await (const rows of importRowBatches(c.var.deps.db, job.id)) {
        yield rows.map((row) => [row.line, row.username, row.email, row.status, row.message, row.userUuid])
      }
    }
    return csvDownload(c, {
      filename: `import-report-${job.id}.csv`,
      columns: IMPORT_REPORT_COLUMNS,
      batches: batches(),
      onEnd: async () => undefined,
    })
  })
  .post('/:jobId/cancel', validate('json', cancelImportRequestSchema), async (c) => {
    const job = await jobOf(c)
    const { reason } = c.req.valid('json')
    const { db, imports, now } = c.var.deps
    const cancelled = await cancelImportJob(db, tenantOf(c), job.id, now())
    await recordAudit(c, {
      action: 'identity.import.cancel',
      tenantId: tenantOf(c),
      target: `import ${job.fileName} (${job.id})`,
      reason,
      result: cancelled ? 'success' : 'failure',
      details: cancelled ? { remaining: job.remaining } : { why: `the import is ${job.status}` },
    })
    if (!cancelled) throw conflict(`This import is ${job.status}; only a running import can be cancelled.`)
    imports.wake(job.id)
    return c.json(await jobOf(c), 200)
  })

export type IdentityImportRoutes = typeof identityImportRoutes
