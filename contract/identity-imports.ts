import { z } from 'zod/mini'
import { IMPORT_ROW_FILTERS } from './identity-imports-search'
import { optionalReasonSchema, requiredReasonSchema } from './reason'

/*
 * Bulk import of Identity users from CSV. The SPA parses the file; the rows are checked here by
 * the same rules in the browser (preview) and in the BFF (again, before anything is stored), and
 * the BFF creates one user per row with CreateUser, recording every row's outcome.
 */

/** The template's columns, in order; `username` and `email` are required. */
export const IMPORT_COLUMNS = ['username', 'email', 'displayName', 'mobileNumber', 'officeNumber', 'description', 'organization'] as const
export type ImportColumn = (typeof IMPORT_COLUMNS)[number]
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['username', 'email']

export const IMPORT_COLUMN_LABELS: Record<ImportColumn, string> = {
  username: 'Login name',
  email: 'E-mail',
  displayName: 'Display name',
  mobileNumber: 'Mobile number',
  officeNumber: 'Office number',
  description: 'Description',
  organization: 'Organization',
}

export const MAX_IMPORT_ROWS = 10_000
const MAX_FIELD = 256
const MAX_DESCRIPTION = 1024

/** A heading as written in a file → our column: case, spaces, dashes and underscores do not matter. */
export function importColumnFor(heading: string): ImportColumn | undefined {
  const key = heading.trim().toLowerCase().replace(/[\s_-]+/g, '')
  const aliases: Record<string, ImportColumn> = { loginname: 'username', login: 'username', name: 'username', mail: 'email', emailaddress: 'email' }
  return IMPORT_COLUMNS.find((column) => column.toLowerCase() === key) ?? aliases[key]
}

/** One data row, with the line it came from (the heading is line 1). Absent cells are empty text. */
export interface ImportRowInput {
  line: number
  username: string
  email: string
  displayName: string
  mobileNumber: string
  officeNumber: string
  description: string
  organization: string
}

const cell = (max: number) => z.string().check(z.maxLength(max, `At most ${max} characters`))

export const importRowSchema = z.object({
  line: z.number().check(z.int(), z.minimum(2), z.maximum(10_000_000)),
  username: cell(MAX_FIELD),
  email: cell(MAX_FIELD),
  displayName: cell(MAX_FIELD),
  mobileNumber: cell(64),
  officeNumber: cell(64),
  description: cell(MAX_DESCRIPTION),
  organization: cell(MAX_FIELD),
})

const rowsSchema = z.array(importRowSchema).check(
  z.minLength(1, 'The file has no data rows'),
  z.maxLength(MAX_IMPORT_ROWS, `At most ${MAX_IMPORT_ROWS.toLocaleString('en')} rows per import`),
)

export const importPreviewRequestSchema = z.object({ rows: rowsSchema })
export type ImportPreviewRequest = z.infer<typeof importPreviewRequestSchema>

export const createImportRequestSchema = z.object({
  fileName: z.string().check(z.trim(), z.minLength(1, 'Name the file'), z.maxLength(255, 'At most 255 characters')),
  rows: rowsSchema,
  /** CreateUser's SendEmailInvite for every created user. */
  sendInvite: z.boolean(),
  reason: optionalReasonSchema,
})
export type CreateImportRequest = z.infer<typeof createImportRequestSchema>

export const cancelImportRequestSchema = z.object({ reason: requiredReasonSchema })
export type CancelImportRequest = z.infer<typeof cancelImportRequestSchema>

/** One problem with one row: the file's line, the column and why. */
export interface ImportRowIssue {
  line: number
  column: ImportColumn | null
  message: string
}

// Identity's login alphabet (letters, digits, + - _ . ') before one @suffix.
const LOGIN_PATTERN = /^[\p{L}\p{N}+\-_.']+@[\p{L}\p{N}\-_.]+\.[\p{L}\p{N}\-_.]+$/u
const MAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * Every problem the rows have on their own and against each other: missing required values, a
 * login or e-mail that is not one, the same login twice (the later lines are flagged).
 * Whether a login already exists in the directory is the BFF's to check.
 */
export function checkImportRows(rows: readonly ImportRowInput[]): ImportRowIssue[] {
  const issues: ImportRowIssue[] = []
  const firstLineOf = new Map<string, number>()
  for (const row of rows) {
    const username = row.username.trim()
    const email = row.email.trim()
    if (username === '') issues.push({ line: row.line, column: 'username', message: 'The login name is missing' })
    else if (!LOGIN_PATTERN.test(username)) issues.push({ line: row.line, column: 'username', message: `"${username}" is not a login name: use name@suffix` })
    else {
      const key = username.toLowerCase()
      const first = firstLineOf.get(key)
      if (first !== undefined) issues.push({ line: row.line, column: 'username', message: `Duplicate login name: "${username}" is already on line ${first}` })
      else firstLineOf.set(key, row.line)
    }
    if (email === '') issues.push({ line: row.line, column: 'email', message: 'The e-mail address is missing' })
    else if (!MAIL_PATTERN.test(email)) issues.push({ line: row.line, column: 'email', message: `"${email}" is not an e-mail address` })
  }
  return issues
}

/** The file-level problem of a heading row: a required column missing, or an unknown one. */
export function checkImportHeadings(headings: readonly string[]): string | null {
  const columns = headings.map(importColumnFor)
  const unknown = headings.filter((heading, index) => columns[index] === undefined && heading.trim() !== '')
  if (unknown.length > 0) return `Unknown column${unknown.length > 1 ? 's' : ''}: ${unknown.map((name) => `"${name}"`).join(', ')}. Use the template's columns.`
  const missing = REQUIRED_IMPORT_COLUMNS.filter((column) => !columns.includes(column))
  if (missing.length > 0) return `The required column${missing.length > 1 ? 's' : ''} ${missing.map((name) => `"${name}"`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing.`
  const repeated = columns.filter((column, index) => column !== undefined && columns.indexOf(column) !== index)
  if (repeated.length > 0) return `The column "${repeated[0]}" appears twice.`
  return null
}

export interface ImportPreview {
  rows: number
  /** Problems found, in line order; a row may have several. */
  issues: ImportRowIssue[]
  /** Rows that would be sent. */
  valid: number
}

export const IMPORT_JOB_STATUSES = ['running', 'completed', 'cancelled'] as const
export type ImportJobStatus = (typeof IMPORT_JOB_STATUSES)[number]

/** pending: not sent yet; sending: sent, outcome not recorded (checked before any resend). */
export const IMPORT_ROW_STATUSES = ['pending', 'sending', 'created', 'rejected', 'cancelled'] as const
export type ImportRowStatus = (typeof IMPORT_ROW_STATUSES)[number]

export interface ImportJobSummary {
  id: string
  fileName: string
  status: ImportJobStatus
  createdBy: string
  createdAt: string
  finishedAt: string | null
  sendInvite: boolean
  total: number
  created: number
  rejected: number
  cancelled: number
  /** Rows not finished yet (pending or sending). */
  remaining: number
  /** Why the job is waiting, e.g. Identity is limiting requests; null while it runs freely. */
  waitingReason: string | null
}

export interface ImportJobPage {
  items: ImportJobSummary[]
  total: number
  page: number
  pageSize: number
}

export interface ImportRowOutcome {
  line: number
  username: string
  email: string
  displayName: string
  status: ImportRowStatus
  /** The rejection's reason (ours or Identity's), or a note such as "confirmed after a retry". */
  message: string | null
  userUuid: string | null
  attempts: number
}

export interface ImportRowPage {
  items: ImportRowOutcome[]
  total: number
  page: number
  pageSize: number
}

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  IMPORT_PAGE_SIZES,
  IMPORT_ROW_FILTERS,
  type ImportRowFilter,
} from './identity-imports-search'

const pageNumber = z.pipe(z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'Use a whole number from 1')), z.transform(Number))
const pageSize = z.pipe(z.enum(['25', '50', '100', '200'], 'Use 25, 50, 100 or 200'), z.transform(Number))

export const importJobListQuerySchema = z.strictObject({ page: z._default(pageNumber, 1), pageSize: z._default(pageSize, 25) })
export const importRowListQuerySchema = z.strictObject({
  page: z._default(pageNumber, 1),
  pageSize: z._default(pageSize, 50),
  status: z._default(z.enum(IMPORT_ROW_FILTERS, 'Use all, created, rejected, remaining or cancelled'), 'all'),
})
export type ImportRowListRequest = z.input<typeof importRowListQuerySchema>

/** The report CSV's columns. */
export const IMPORT_REPORT_COLUMNS = ['line', 'username', 'email', 'status', 'message', 'userUuid'] as const
