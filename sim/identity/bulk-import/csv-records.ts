// RFC 4180 CSV: fields separated by commas, quoted with "" where they hold commas, quotes or line
// breaks; CRLF or LF line ends; a UTF-8 byte order mark is dropped. Each record keeps the line it
// starts on, so a report can point at it.

export interface CsvRecord {
  /** 1-based line of the file where the record starts. */
  readonly line: number
  readonly fields: readonly string[]
}

export class CsvFormatError extends Error {}

export function parseCsv(text: string): CsvRecord[] {
  const source = text.startsWith('\uFEFF') ? text.slice(1) : text
  const records: CsvRecord[] = []
  let fields: string[] = []
  let field = ''
  let line = 1
  let recordLine = 1
  let quoted = false
  let fieldStarted = false
  const endField = () => {
    fields.push(field)
    field = ''
    fieldStarted = false
  }
  const endRecord = () => {
    endField()
    records.push({ line: recordLine, fields })
    fields = []
  }
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"'
          i++
        } else quoted = false
      } else {
        if (char === '\n') line++
        field += char
      }
      continue
    }
    if (char === '"' && !fieldStarted) {
      quoted = true
      fieldStarted = true
    } else if (char === ',') endField()
    else if (char === '\r' && source[i + 1] === '\n') continue
    else if (char === '\n') {
      endRecord()
      line++
      recordLine = line
    } else {
      if (char === '"') throw new CsvFormatError(`Line ${line}: a quote inside an unquoted field.`)
      field += char
      fieldStarted = true
    }
  }
  if (quoted) throw new CsvFormatError(`Line ${recordLine}: a quoted field is not closed.`)
  if (field !== '' || fieldStarted || fields.length > 0) endRecord()
  return records
}
