import type { Context } from 'hono'
import Papa from 'papaparse'
import type { AppEnv } from '../app-env'

/**
 * A cell a spreadsheet would run as a formula (= + - @, or a leading tab or CR) gets a leading
 * apostrophe. Papaparse's own default pattern misses multi-line values (its `.*$` stops at a newline).
 */
const FORMULA_START = /^[=+\-@\t\r]/

export type CsvCell = string | number | boolean | null | undefined

/** CSV text for one batch of rows; the header comes with the first batch only. Lines end CRLF (RFC 4180). */
export function csvChunk(columns: readonly string[], rows: readonly CsvCell[][], withHeader: boolean): string {
  if (rows.length === 0 && !withHeader) return ''
  const data = rows.map((row) => row.map((cell) => (cell === null || cell === undefined ? '' : cell)))
  const text = Papa.unparse({ fields: [...columns], data }, { header: withHeader, newline: '\r\n', escapeFormulae: FORMULA_START })
  // Every line, the last one too, ends in CRLF, so the next batch starts on its own line.
  return `${text.replace(/(\r\n)+$/, '')}\r\n`
}

export interface CsvExport {
  /** The file name offered to the browser, without a path. */
  filename: string
  columns: readonly string[]
  /** Rows in batches, produced as the client reads (pull), so a long export never sits in memory. */
  batches: AsyncGenerator<CsvCell[][], void, undefined>
  /** Called once when the export has ended: audit it here, with the number of rows sent. */
  onEnd: (outcome: { result: 'success' | 'failure'; rows: number; why?: string }) => Promise<unknown>
}

/** A streamed CSV download answering `c`; a failure half-way ends the stream in error and is reported to `onEnd`. */
export function csvDownload(c: Context<AppEnv>, csv: CsvExport): Response {
  const encoder = new TextEncoder()
  let rows = 0
  let headerSent = false
  const stream = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await csv.batches.next()
        if (next.done) {
          if (!headerSent) controller.enqueue(encoder.encode(csvChunk(csv.columns, [], true)))
          await csv.onEnd({ result: 'success', rows })
          controller.close()
          return
        }
        controller.enqueue(encoder.encode(csvChunk(csv.columns, next.value, !headerSent)))
        headerSent = true
        rows += next.value.length
      } catch (error) {
        c.var.deps.log.error('csv.export-failed', { requestId: c.var.requestId, file: csv.filename, error: String(error) })
        await csv.onEnd({ result: 'failure', rows, why: 'the export failed on the server' }).catch(() => {})
        controller.error(error)
      }
    },
    async cancel() {
      await csv.batches.return(undefined)
      await csv.onEnd({ result: 'failure', rows, why: 'the client stopped reading' }).catch(() => {})
    },
  })
  return c.body(stream, 200, {
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="${csv.filename.replace(/[^\w.-]/g, '_')}"`,
  })
}

/** ISO 8601 with offset for export cells; empty when there is no time. */
export function isoCell(value: Date | string | number | null | undefined): string {
  if (value === null || value === undefined || value === '') return ''
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? String(value) : date.toISOString()
}
