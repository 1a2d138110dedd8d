import { checkImportRows, type ImportRowInput, type ImportRowIssue } from '../../contract/identity-imports'
import type { IdentityClient } from '../vendors/identity/identity-client'
import { existingUsers, existingUsersQuery } from '../vendors/identity/identity-imports'

const LOOKUP_CHUNK = 200

/**
 * Every problem of every row, before anything is sent: the rows' own (contract/identity-imports.ts)
 * and logins that already exist in the directory. Nothing is created.
 */
export async function previewImportRows(client: IdentityClient, rows: readonly ImportRowInput[], requestId?: string): Promise<ImportRowIssue[]> {
  const issues = checkImportRows(rows)
  const badLogin = new Set(issues.filter((issue) => issue.column === 'username').map((issue) => issue.line))
  const candidates = rows.filter((row) => !badLogin.has(row.line))
  for (let start = 0; start < candidates.length; start += LOOKUP_CHUNK) {
    const chunk = candidates.slice(start, start + LOOKUP_CHUNK)
    const found = existingUsers(await client.call('/Redrock/query', existingUsersQuery(chunk.map((row) => row.username.trim())), { read: true, ...(requestId ? { requestId } : {}) }))
    for (const row of chunk) {
      if (found.has(row.username.trim().toLowerCase())) issues.push({ line: row.line, column: 'username', message: `"${row.username.trim()}" already exists in the directory` })
    }
  }
  return issues.sort((a, b) => a.line - b.line)
}
