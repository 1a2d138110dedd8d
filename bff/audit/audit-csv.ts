import type { CsvCell } from '../http/csv-export'
import type { AuditExportRow } from './audit-log-query'

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor', 'ip', 'tenant', 'action', 'target', 'reason', 'result', 'details', 'hash'] as const

/** One audit entry as a CSV row, in AUDIT_CSV_COLUMNS order. */
export function auditCsvRow(row: AuditExportRow): CsvCell[] {
  return [
    row.seq,
    row.at,
    row.actor,
    row.ip,
    row.tenantId ?? '',
    row.action,
    row.target ?? '',
    row.reason ?? '',
    row.result,
    row.details === null ? '' : JSON.stringify(row.details),
    row.hash,
  ]
}
