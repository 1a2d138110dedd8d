import { redrockRows } from './identity-organizations'

// CreateUser per import row, and the directory look-up that tells which logins exist already.

export interface ImportRowFields {
  username: string
  email: string
  display_name: string
  mobile_number: string
  office_number: string
  description: string
  organization: string
}

/** CreateUser's body: empty optional cells are left out, so Identity applies its defaults. */
export function createUserArgs(row: ImportRowFields, sendInvite: boolean): Record<string, unknown> {
  const optional: [string, string][] = [
    ['DisplayName', row.display_name],
    ['MobileNumber', row.mobile_number],
    ['OfficeNumber', row.office_number],
    ['Description', row.description],
    ['OrgPath', row.organization],
  ]
  return {
    Name: row.username,
    Mail: row.email,
    ...Object.fromEntries(optional.filter(([, value]) => value.trim() !== '')),
    SendEmailInvite: sendInvite,
  }
}

/** CreateUser answers the new user's Uuid as a string. */
export function createdUserUuid(result: unknown): string | null {
  return typeof result === 'string' && result.trim() !== '' ? result : null
}

const sqlText = (value: string) => `'${value.replace(/'/g, "''")}'`

/** A Redrock query for the users among `names` (compared without case, as Redrock compares text). */
export function existingUsersQuery(names: readonly string[]): Record<string, unknown> {
  return {
    Script: `Select ID, Username from User where Username in (${names.map(sqlText).join(', ')})`,
    Args: { PageNumber: 1, PageSize: names.length, Limit: names.length, Caching: -1 },
  }
}

/** Lower-cased login → Uuid, from existingUsersQuery's answer. */
export function existingUsers(result: unknown): Map<string, string> {
  const found = new Map<string, string>()
  for (const row of redrockRows(result, 'the user look-up')) {
    if (typeof row.Username === 'string' && typeof row.ID === 'string') found.set(row.Username.toLowerCase(), row.ID)
  }
  return found
}
