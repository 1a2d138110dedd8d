import type { IdentityData } from '../data/identity-data'
import { IDENTITY_TENANT_SUFFIX } from '../data/identity-tenant'
import { IdentityApiError } from '../envelope/identity-api-error'
import { buildNewUser, type NewUser } from '../model/user-creation'
import type { IdentityUser } from '../data/identity-users'
import type { FlagField, TextField, UserFieldChanges } from '../model/user-fields'
import { CsvFormatError, parseCsv, type CsvRecord } from './csv-records'

// The user rows of a bulk import file. Column headings are matched without regard to case,
// spaces or underscores, by the Identity portal's labels ("Login Name", "Email Address"…) or by
// CreateUser's field names; the choice of headings is recorded in sim/README.md (UNSURE).

/** The portal imports at most this many users from one file. */
export const MAX_IMPORT_ROWS = 10_000

type Target = TextField | FlagField | 'Password'

const HEADINGS: Readonly<Record<string, Target>> = {
  loginname: 'Name', name: 'Name', username: 'Name',
  emailaddress: 'Mail', email: 'Mail', mail: 'Mail',
  displayname: 'DisplayName',
  description: 'Description',
  officenumber: 'OfficeNumber', officephone: 'OfficeNumber',
  mobilenumber: 'MobileNumber', mobilephone: 'MobileNumber',
  homenumber: 'HomeNumber', homephone: 'HomeNumber',
  manager: 'ReportsTo', reportsto: 'ReportsTo',
  organization: 'OrgPath', orgpath: 'OrgPath',
  preferredculture: 'PreferredCulture',
  password: 'Password',
  passwordneverexpires: 'PasswordNeverExpire', passwordneverexpire: 'PasswordNeverExpire',
  requirepasswordchangeatnextlogin: 'ForcePasswordChangeNext', forcepasswordchangenext: 'ForcePasswordChangeNext',
  ineverybodyrole: 'InEverybodyRole',
  serviceuser: 'ServiceUser',
  oauthclient: 'OauthClient',
}

const FLAGS = new Set<Target>(['PasswordNeverExpire', 'ForcePasswordChangeNext', 'InEverybodyRole', 'ServiceUser', 'OauthClient'])

export interface UserCsvRow {
  /** 1-based line in the file. */
  readonly line: number
  /** The login as written (completed with the tenant suffix when it has none). */
  readonly name: string
  readonly input: NewUser | null
  /** Why the row cannot be imported, or null. */
  readonly error: string | null
}

/** Reads the file's rows; a file that cannot be read at all is refused as a whole. */
export function readUserCsv(text: string, defaults: Readonly<Record<string, unknown>>): UserCsvRow[] {
  let records: CsvRecord[]
  try {
    records = parseCsv(text).filter((record) => record.fields.some((field) => field.trim() !== ''))
  } catch (error) {
    if (error instanceof CsvFormatError) throw new IdentityApiError(`The file is not valid CSV. ${error.message}`, 'format')
    throw error
  }
  const [header, ...rows] = records
  if (!header) throw new IdentityApiError('The file is empty.', 'format')
  const targets = header.fields.map((heading) => {
    const target = HEADINGS[heading.replace(/[\s_]/g, '').toLowerCase()]
    if (!target) throw new IdentityApiError(`The file has an unknown column '${heading}'.`, 'format')
    return target
  })
  if (!targets.includes('Name')) throw new IdentityApiError("The file has no 'Login Name' column.", 'format')
  if (new Set(targets).size !== targets.length) throw new IdentityApiError('The file names a column twice.', 'format')
  if (rows.length > MAX_IMPORT_ROWS) throw new IdentityApiError(`The file has ${rows.length} users; at most ${MAX_IMPORT_ROWS} can be imported at once.`, 'format')
  return rows.map((record) => rowOf(record, targets, defaults))
}

function rowOf(record: CsvRecord, targets: readonly Target[], defaults: Readonly<Record<string, unknown>>): UserCsvRow {
  const values = new Map<Target, string>()
  targets.forEach((target, index) => values.set(target, (record.fields[index] ?? '').trim()))
  const written = values.get('Name') ?? ''
  const name = written === '' || written.includes('@') ? written : `${written}@${IDENTITY_TENANT_SUFFIX}`
  if (record.fields.length > targets.length) return { line: record.line, name, input: null, error: `The row has ${record.fields.length} fields; the header has ${targets.length}.` }
  if (name === '') return { line: record.line, name, input: null, error: 'The login name is missing.' }
  const changes: Record<string, unknown> = { Name: name }
  for (const [target, value] of values) {
    if (target === 'Name' || target === 'Password' || value === '') continue
    if (FLAGS.has(target)) {
      const flag = parseFlag(value)
      if (flag === undefined) return { line: record.line, name, input: null, error: `'${value}' is not true or false.` }
      changes[target] = flag
    } else changes[target] = value
  }
  for (const flag of FLAGS) {
    const fallback = defaultFlag(defaults, flag)
    if (changes[flag] === undefined && fallback !== undefined) changes[flag] = fallback
  }
  const password = values.get('Password') || null
  return { line: record.line, name, input: { changes: changes as UserFieldChanges, password }, error: null }
}

function parseFlag(value: string): boolean | undefined {
  const text = value.toLowerCase()
  if (['true', 'yes', '1', 'y'].includes(text)) return true
  if (['false', 'no', '0', 'n'].includes(text)) return false
  return undefined
}

function defaultFlag(defaults: Readonly<Record<string, unknown>>, flag: Target): boolean | undefined {
  const entry = Object.entries(defaults).find(([name]) => name.toLowerCase() === flag.toLowerCase())
  return entry === undefined ? undefined : parseFlag(String(entry[1]))
}

export interface CheckedRow extends UserCsvRow {
  /** The user the row would create, when it can be imported. */
  readonly user: IdentityUser | null
}

/**
 * Checks every row as CreateUser would, and against the rows above it (a login twice in one
 * file). Nothing is stored.
 */
export function checkUserCsvRows(data: IdentityData, rows: readonly UserCsvRow[], now: number): CheckedRow[] {
  const seen = new Set<string>()
  return rows.map((row) => {
    if (row.error !== null || row.input === null) return { ...row, user: null }
    const key = row.name.toLowerCase()
    if (seen.has(key)) return { ...row, error: `The login name '${row.name}' appears more than once in the file.`, user: null }
    seen.add(key)
    try {
      return { ...row, user: buildNewUser(data, row.input, now) }
    } catch (error) {
      if (error instanceof IdentityApiError) return { ...row, error: error.message, user: null }
      throw error
    }
  })
}
