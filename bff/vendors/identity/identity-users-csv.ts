import type { IdentityUserSummary } from '../../../contract/identity-users'
import { isoCell, type CsvCell } from '../../http/csv-export'

// The users CSV: what the list shows, one user a line; the export time in ISO 8601 on every row
// so a file read later says when the state it shows was true.

export const IDENTITY_USER_CSV_COLUMNS = [
  'id',
  'username',
  'display_name',
  'email',
  'status',
  'locked',
  'enabled',
  'directory',
  'description',
  'exported_at',
] as const

export function identityUserCsvRow(user: IdentityUserSummary, exportedAt: Date): CsvCell[] {
  return [user.id, user.username, user.displayName, user.email, user.status, user.locked, user.enabled, user.directory, user.description, isoCell(exportedAt)]
}
