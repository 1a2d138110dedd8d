import { Hono, type Context } from 'hono'
import {
  auditLogFilterSchema,
  auditLogListQuerySchema,
  type AuditChainVerification,
  type AuditLogFilter,
  type AuditLogPage,
} from '../../contract/audit-log'
import type { AppEnv } from '../app-env'
import { verifyAuditChain } from '../audit/audit-chain'
import { auditCsvChunk } from '../audit/audit-csv'
import { auditEntriesInBatches, listAuditEntries } from '../audit/audit-log-query'
import { recordAudit } from '../audit/record-audit'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'

const read = requirePermission('console.audit-log.read')
const exportCsv = requirePermission('export.csv')

/** Rows read from the store per step of an export; only one batch is held at a time. */
const EXPORT_BATCH = 500

export const auditLogRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, validate('query', auditLogListQuerySchema), async (c) => {
    const { page, pageSize, order, ...filter } = c.req.valid('query')
    const { items, total } = await listAuditEntries(c.var.deps.db, { filter, page, pageSize, order })
    return c.json({ items, total, page, pageSize } satisfies AuditLogPage, 200)
  })
  .post('/verify', read, async (c) => {
    const verification: AuditChainVerification = await verifyAuditChain(c.var.deps.db)
    await recordAudit(c, {
      action: 'audit.verify',
      result: verification.ok ? 'success' : 'failure',
      details: { checked: verification.checked, ...(verification.brokenAt ? { brokenAt: verification.brokenAt } : {}) },
    })
    return c.json(verification, 200)
  })
  .get('/export.csv', read, exportCsv, validate('query', auditLogFilterSchema), (c) => {
    const filter = c.req.valid('query')
    const filename = `gatehouse-audit-log-${c.var.deps.now().toISOString().slice(0, 10)}.csv`
    return c.body(csvStream(c, filter), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename}"`,
    })
  })

export type AuditLogRoutes = typeof auditLogRoutes

/**
 * The CSV, produced batch by batch as the client reads it (pull), so a long log never sits in
 * memory. The export is audited once it has ended, with the filter and the number of rows sent.
 */
function csvStream(c: Context<AppEnv>, filter: AuditLogFilter): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder()
  const batches = auditEntriesInBatches(c.var.deps.db, filter, EXPORT_BATCH)
  let rows = 0
  let headerSent = false
  const audit = (result: 'success' | 'failure', why?: string) =>
    recordAudit(c, { action: 'audit.export', result, details: { format: 'csv', filter, rows, ...(why ? { why } : {}) } })

  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await batches.next()
        if (next.done) {
          if (!headerSent) controller.enqueue(encoder.encode(auditCsvChunk([], true)))
          await audit('success')
          controller.close()
          return
        }
        controller.enqueue(encoder.encode(auditCsvChunk(next.value, !headerSent)))
        headerSent = true
        rows += next.value.length
      } catch (error) {
        c.var.deps.log.error('audit.export-failed', { requestId: c.var.requestId, error: String(error) })
        await audit('failure', 'the export failed on the server').catch(() => {})
        controller.error(error)
      }
    },
    async cancel() {
      await batches.return(undefined)
      await audit('failure', 'the client stopped reading').catch(() => {})
    },
  })
}
