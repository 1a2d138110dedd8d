import type { SwsStepFilter } from '@contract/sws-player'
import { SWS_STEP_TYPES, type SwsStepType } from '@contract/sws-player-search'
import { searchPage, searchText } from '@/components/data-table/table-search-params'

/** The player's URL: the step shown (1-based, in the filtered timeline), filters and the step search. */
export interface PlayerSearch {
  step?: number
  /** Comma-separated step types. */
  types?: string
  tab?: string
  q?: string
}

/** Keeps what is valid and drops the rest, so a hand-edited or stale link still opens. */
export function validatePlayerSearch(raw: Record<string, unknown>): PlayerSearch {
  const types = typeof raw.types === 'string' ? parseStepTypes(raw.types) : []
  const tab = typeof raw.tab === 'string' || typeof raw.tab === 'number' ? String(raw.tab) : undefined
  const search: PlayerSearch = {
    step: searchPage(raw.step),
    types: types.length > 0 ? types.join(',') : undefined,
    tab: tab && /^\d{1,20}$/.test(tab) ? tab : undefined,
    q: searchText(raw.q, 200),
  }
  return Object.fromEntries(Object.entries(search).filter(([, value]) => value !== undefined)) as PlayerSearch
}

export function parseStepTypes(value: string | undefined): SwsStepType[] {
  if (!value) return []
  const wanted = new Set(value.split(','))
  return SWS_STEP_TYPES.filter((type) => wanted.has(type))
}

export function playerFilter(search: PlayerSearch): SwsStepFilter {
  return { ...(search.types ? { types: search.types } : {}), ...(search.tab ? { tab: search.tab } : {}) }
}
