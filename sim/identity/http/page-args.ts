import type { IdentityArgs } from './identity-args'

// Paging and sorting arguments of Redrock-style queries (`Args`): PageNumber is 1-based,
// PageSize 0 or absent means one page with everything, Limit caps the rows a query yields at all
// (-1, 0 or absent: no cap). Sort direction arrives as `Ascending` (bool, S1) or `Direction`
// (bool true = descending, S3; or text "desc"/"descending") — see sim/README.md.

export interface PageRequest {
  readonly offset: number
  /** Rows on this page; undefined for all that remain. */
  readonly limit: number | undefined
  readonly sortBy: string | undefined
  readonly descending: boolean
}

export function pageRequest(pageArgs: IdentityArgs): PageRequest {
  const pageNumber = Math.max(1, pageArgs.int('PageNumber') ?? 1)
  const pageSize = Math.max(0, pageArgs.int('PageSize') ?? 0)
  const cap = pageArgs.int('Limit') ?? 0
  const offset = pageSize > 0 ? (pageNumber - 1) * pageSize : 0
  let limit: number | undefined = pageSize > 0 ? pageSize : undefined
  if (cap > 0) limit = Math.max(0, Math.min(limit ?? cap, cap - offset))
  const sortBy = pageArgs.string('SortBy')?.trim() || undefined
  return { offset, limit, sortBy, descending: descendingFrom(pageArgs) }
}

function descendingFrom(pageArgs: IdentityArgs): boolean {
  const ascending = pageArgs.raw('Ascending')
  if (ascending !== undefined && ascending !== null && ascending !== '') return pageArgs.bool('Ascending') === false
  const direction = pageArgs.raw('Direction')
  if (typeof direction === 'boolean') return direction
  if (typeof direction === 'string') return ['desc', 'descending', 'true'].includes(direction.trim().toLowerCase())
  return false
}

/** Applies a page request to an in-memory list (small collections: roles, organizations). */
export function pageOf<T>(items: readonly T[], page: PageRequest): T[] {
  return items.slice(page.offset, page.limit === undefined ? undefined : page.offset + page.limit)
}
