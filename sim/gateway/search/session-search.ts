import type { ColumnIndex, ColumnMatch } from '../../framework/overlay-column'
import type { QueryResult } from '../../framework/overlay-store'
import type { GatewayData } from '../data/gateway-data'
import { RUNNING } from '../data/sws-session-columns'
import type { SwsSession } from '../data/sws-sessions'
import { wildcardMatcher } from '../http/wildcard-search'

// The search behind `GET /v2-edge/sws/recordings` and `GET /v2-edge/sws/sessions`: closed
// sessions only, `fromTime`/`toTime` on the session start (inclusive), the documented filters,
// and `sortFieldId`. Every filter runs on cached columns, so no session record is built for it.

export const SWS_SORT_FIELDS = ['StartDateTime', 'EndDateTime', 'ApplicationName', 'Duration', 'UserFullName', 'StepsCount'] as const
export type SwsSortField = (typeof SWS_SORT_FIELDS)[number]

export interface SessionSearch {
  readonly freeSearch?: string
  readonly fromTime: number
  readonly toTime: number
  readonly applicationIds: readonly string[]
  readonly userNames: readonly string[]
  readonly isFlagged?: boolean
  /** Default StartDateTime. Times, durations and counts sort newest/largest first, names A→Z. */
  readonly sortFieldId?: SwsSortField
  readonly offset: number
  readonly limit: number
}

function sortOf(data: GatewayData, field: SwsSortField): { column: ColumnIndex<SwsSession>; descending: boolean } {
  const columns = data.sessionColumns
  switch (field) {
    case 'StartDateTime':
      return { column: columns.startDatetime, descending: true }
    case 'EndDateTime':
      return { column: columns.endDatetime, descending: true }
    case 'Duration':
      return { column: columns.duration, descending: true }
    case 'StepsCount':
      return { column: columns.stepsCount, descending: true }
    case 'ApplicationName':
      return { column: columns.applicationName, descending: false }
    case 'UserFullName':
      return { column: columns.userFullName, descending: false }
  }
}

export function searchSessions(data: GatewayData, search: SessionSearch): QueryResult<SwsSession> {
  const columns = data.sessionColumns
  const match: ColumnMatch<SwsSession>[] = [
    { column: columns.endDatetime, test: (end) => end !== RUNNING },
    { column: columns.startDatetime, test: (start) => (start as number) >= search.fromTime && (start as number) <= search.toTime },
  ]
  if (search.applicationIds.length > 0) {
    const ids = new Set(search.applicationIds)
    match.push({ column: columns.applicationId, test: (id) => ids.has(id as string) })
  }
  if (search.userNames.length > 0) {
    const names = new Set(search.userNames.map((name) => name.toLowerCase()))
    match.push({ column: columns.username, test: (name) => names.has(name as string) })
  }
  if (search.isFlagged !== undefined) {
    const wanted = search.isFlagged ? 1 : 0
    match.push({ column: columns.flagged, test: (flagged) => flagged === wanted })
  }
  if (search.freeSearch !== undefined) {
    const matches = wildcardMatcher(search.freeSearch)
    match.push({ column: columns.searchText, test: (text) => matches(text as string) })
  }
  return data.sessions.query({ match, sort: sortOf(data, search.sortFieldId ?? 'StartDateTime'), offset: search.offset, limit: search.limit })
}
