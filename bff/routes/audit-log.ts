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
import { AUDIT_CSV_COLUMNS, auditCsvRow } from '../audit/audit-csv'
import { auditEntriesInBatches, listAuditEntries } from '../audit/audit-log-query'
import { recordAudit } from '../audit/record-audit'
import { csvDownload } from '../http/csv-export'
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
    // Audited once the export has ended, with the filter and the number of rows sent.
    return csvDownload(c, {
      filename: `gatehouse-audit-log-${c.var.deps.now().toISOString().slice(0, 10)}.csv`,
      columns: AUDIT_CSV_COLUMNS,
      batches: auditCsvBatches(c, filter),
      onEnd: ({ result, rows, why }) =>
        recordAudit(c, { action: 'audit.export', result, details: { format: 'csv', filter, rows, ...(why ? { why } : {}) } }),
    })
  })

export type AuditLogRoutes = typeof auditLogRoutes

async function* auditCsvBatches(c: Context<AppEnv>, filter: AuditLogFilter) {
  for await (const batch of auditEntriesInBatches(c.var.deps.db, filter, EXPORT_BATCH)) yield batch.map(auditCsvRow)
}
