// Paging of audit listings: `limit` and `offset` query parameters, and `first`/`last`/`next`/
// `previous` metas holding query URLs (`/api/audit/sessions?limit=500&offset=0&fields=`).

export const DEFAULT_LIMIT = 500
/** "The default value of 500 is the maximum permitted value you can set for ?limit." */
export const MAX_LIMIT = 500
/** "The maximum number of search results … is 10000": offsets beyond are ignored. */
export const MAX_RESULTS = 10_000

export interface Page {
  readonly limit: number
  readonly offset: number
}

export function readPage(limitText: string | undefined, offsetText: string | undefined): Page {
  const limit = Number(limitText)
  const offset = Number(offsetText)
  return {
    limit: Number.isInteger(limit) && limit > 0 ? Math.min(limit, MAX_LIMIT) : DEFAULT_LIMIT,
    offset: Number.isInteger(offset) && offset > 0 && offset <= MAX_RESULTS ? offset : 0,
  }
}

export interface PageLinks {
  readonly first: string
  readonly last: string
  readonly next: string | null
  readonly previous: string | null
}

/**
 * Links over `reachable` results; `url(offset)` renders one page's URL with the request's other
 * parameters kept.
 */
export function pageLinks(page: Page, reachable: number, url: (offset: number) => string): PageLinks {
  const lastOffset = reachable > 0 ? Math.floor((reachable - 1) / page.limit) * page.limit : 0
  return {
    first: url(0),
    last: url(lastOffset),
    next: page.offset + page.limit < reachable ? url(page.offset + page.limit) : null,
    previous: page.offset > 0 ? url(Math.max(0, page.offset - page.limit)) : null,
  }
}
