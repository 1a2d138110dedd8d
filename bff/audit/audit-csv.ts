import Papa from 'papaparse'
import type { AuditExportRow } from './audit-log-query'

export const AUDIT_CSV_COLUMNS = ['seq', 'at', 'actor', 'ip', 'tenant', 'action', 'target', 'reason', 'result', 'details', 'hash'] as const

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a leading
 * apostrophe. Papaparse's own default pattern misses multi-line values (its `.*$` stops at a newline).
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** CSV text for one batch of entries; the header comes with the first batch only. Lines end CRLF (RFC 4180). */
export function auditCsvChunk(rows: AuditExportRow[], withHeader: boolean): string {
  const data = rows.map((row) => [
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
  ])
  if (data.length === 0 && !withHeader) return ''
  const text = Papa.unparse(
    { fields: [...AUDIT_CSV_COLUMNS], data },
    { header: withHeader, newline: '\r\n', escapeFormulae: FORMULA_START },
  )
  // Every line, the last one too, ends in CRLF, so the next batch starts on its own line.
  return `${text.replace(/(\r\n)+$/, '')}\r\n`
}
