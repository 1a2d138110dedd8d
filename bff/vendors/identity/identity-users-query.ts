import type { IdentityUserFilter, IdentityUserPage, IdentityUserSort, IdentityUserSummary } from '../../../contract/identity-users'
import { vendorFailure } from '../http/vendor-errors'
import type { IdentityClient } from './identity-client'
import { asRecord, identityBool, identityText, redrockRows } from './identity-user-wire'

// The users list through the documented directory query (/UserMgmt/DirectoryServiceQuery): its
// rows carry the account state (Locked, Enabled, Status), it filters, sorts and pages on the
// server, and it counts every match (FullCount). Nothing is read for rows not on the page.

const SORT_FIELDS: Record<IdentityUserSort, string> = {
  displayName: 'DisplayName',
  username: 'SystemName',
  email: 'EMail',
  status: 'Status',
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The directory query's `user` filter for the console's filters. */
export function directoryUserFilter(filter: IdentityUserFilter): Record<string, unknown> {
  const parts: Record<string, unknown>[] = []
  const q = filter.q?.trim()
  if (q) {
    // A whole user id finds that user; other text matches the start of login, name or e-mail.
    if (UUID.test(q)) parts.push({ InternalName: { _eq: q } })
    else
      parts.push({
        _or: [{ SystemName: { _like: q } }, { DisplayName: { _like: q } }, { EMail: { _like: q } }],
      })
  }
  if (filter.status) parts.push({ Status: { _eq: filter.status } })
  if (filter.locked) parts.push({ Locked: { _eq: filter.locked === 'true' } })
  if (filter.enabled) parts.push({ Enabled: { _eq: filter.enabled === 'true' } })
  if (parts.length === 0) return {}
  if (parts.length === 1) return parts[0] as Record<string, unknown>
  return { _and: parts }
}

export interface DirectoryPage {
  page: number
  pageSize: number
}

/** The request body: filters are JSON *strings* (as the vendor documents), Redrock paging args. */
export function directoryQueryArgs(filter: IdentityUserFilter, paging: DirectoryPage): Record<string, unknown> {
  const sort = filter.sort ?? 'displayName'
  const descending = sort.startsWith('-')
  const field = SORT_FIELDS[sort.replace(/^-/, '') as IdentityUserSort] ?? 'DisplayName'
  return {
    user: JSON.stringify(directoryUserFilter(filter)),
    Args: {
      PageNumber: paging.page,
      PageSize: paging.pageSize,
      Limit: 0,
      SortBy: field,
      Ascending: !descending,
      Caching: -1,
    },
  }
}

/** One directory query row as the console's user summary. */
export function userSummaryFromDirectoryRow(row: Record<string, unknown>): IdentityUserSummary {
  const id = identityText(row.InternalName) ?? identityText(row.DistinguishedName)
  const username = identityText(row.SystemName)
  if (!id || !username) throw vendorFailure('identity', 'answered the directory query with a user row without InternalName or SystemName.')
  return {
    id,
    username,
    displayName: identityText(row.DisplayName) ?? username,
    email: identityText(row.EMail),
    description: identityText(row.Description),
    status: identityText(row.Status) ?? identityText(row.StatusEnum) ?? 'Active',
    locked: identityBool(row.Locked),
    enabled: row.Enabled === undefined ? true : identityBool(row.Enabled),
    directory: identityText(row.ServiceType) ?? 'CDS',
  }
}

/** Users of the result's `User` section. */
export function userPageFromDirectoryResult(result: unknown, paging: DirectoryPage): IdentityUserPage {
  const section = asRecord(result, 'the directory query').User
  const table = redrockRows(section ?? { Results: [], FullCount: 0 }, 'the directory query')
  return {
    items: table.rows.map(userSummaryFromDirectoryRow),
    total: table.fullCount,
    page: paging.page,
    pageSize: paging.pageSize,
  }
}

export async function listIdentityUsers(
  client: IdentityClient,
  filter: IdentityUserFilter,
  paging: DirectoryPage,
  requestId?: string,
): Promise<IdentityUserPage> {
  const result = await client.call('/UserMgmt/DirectoryServiceQuery', directoryQueryArgs(filter, paging), { read: true, requestId })
  return userPageFromDirectoryResult(result, paging)
}

/** Every matching user, page by page (for the CSV export): one page in memory at a time. */
export async function* allIdentityUsers(
  client: IdentityClient,
  filter: IdentityUserFilter,
  batchSize: number,
  requestId?: string,
): AsyncGenerator<IdentityUserSummary[]> {
  for (let page = 1; ; page++) {
    const { items, total } = await listIdentityUsers(client, filter, { page, pageSize: batchSize }, requestId)
    if (items.length > 0) yield items
    if (items.length < batchSize || (total !== null && page * batchSize >= total)) return
  }
}
