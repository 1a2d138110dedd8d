import { searchPage, searchText } from '@/components/data-table/table-search-params'

/** A session's page URL: the content search and the events page, so both survive a reload. */
export interface SpsAuditedSessionDetailSearch {
  /** Content search expression; SPS refuses one that starts with `*`. */
  q?: string
  eventsPage?: number
}

export function validateSpsAuditedSessionDetailSearch(raw: Record<string, unknown>): SpsAuditedSessionDetailSearch {
  const q = searchText(raw.q, 500)
  const eventsPage = searchPage(raw.eventsPage)
  return { ...(q ? { q } : {}), ...(eventsPage && eventsPage > 1 ? { eventsPage } : {}) }
}

/** Events and content matches are read this many at a time. */
export const SESSION_PART_PAGE_SIZE = 100
