import { checkImportHeadings, IMPORT_COLUMNS, importColumnFor, MAX_IMPORT_ROWS, type ImportColumn, type ImportRowInput } from '@contract/identity-imports'
import Papa from 'papaparse'

/** What a chosen file holds: its rows, or why it cannot be imported at all. */
export type ParsedImportFile = { ok: true; rows: ImportRowInput[] } | { ok: false; problem: string }

const EMPTY_ROW: Omit<ImportRowInput, 'line'> = { username: '', email: '', displayName: '', mobileNumber: '', officeNumber: '', description: '', organization: '' }

/**
 * Parses the CSV text: headings in any case/spacing, blank lines skipped. Each row keeps the line
 * it starts on (the heading is line 1), so every problem can be found in the file.
 */
export function parseImportCsv(text: string): ParsedImportFile {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: false })
  const [headings, ...records] = parsed.data
  if (!headings || headings.every((cell) => cell.trim() === '')) return { ok: false, problem: 'The file is empty: it needs a heading row and at least one data row.' }
  const problem = checkImportHeadings(headings)
  if (problem) return { ok: false, problem }
  const columns = headings.map(importColumnFor)
  const rows: ImportRowInput[] = []
  // Papaparse gives records, not lines: count the line breaks inside quoted cells to keep line numbers true.
  let line = 2
  for (const record of records) {
    const startLine = line
    line += 1 + record.reduce((breaks, cell) => breaks + (cell.match(/\r\n|\r|\n/g)?.length ?? 0), 0)
    if (record.every((cell) => cell.trim() === '')) continue
    const row: ImportRowInput = { line: startLine, ...EMPTY_ROW }
    record.forEach((cell, index) => {
      const column = columns[index]
      if (column) row[column] = cell
    })
    rows.push(row)
  }
  if (rows.length === 0) return { ok: false, problem: 'The file has a heading row but no data rows.' }
  if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problem: `The file has ${rows.length.toLocaleString()} rows; at most ${MAX_IMPORT_ROWS.toLocaleString()} can be imported at once. Split it.` }
  return { ok: true, rows }
}

const EXAMPLE: Record<ImportColumn, string> = {
  username: 'jane.doe@your-suffix.example',
  email: 'jane.doe@example.com',
  displayName: 'Jane Doe',
  mobileNumber: '+1 555 010 0100',
  officeNumber: '',
  description: 'Finance analyst',
  organization: '',
}

/** The template: the column headings and one example row. */
export function importTemplateCsv(): string {
  return Papa.unparse({ fields: [...IMPORT_COLUMNS], data: [IMPORT_COLUMNS.map((column) => EXAMPLE[column])] }, { newline: '\r\n' }) + '\r\n'
}

/** Offers text as a file download. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.click()
  setTimeout(() => URL.revokeObjectURL(url), 1_000)
}
