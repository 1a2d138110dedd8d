// The sessions list's sorts and page sizes.
// Zod-free: routes check their URL against these in the entry chunk, which loads before
// sign-in (DESIGN.md budget); sws-sessions.ts builds its schemas from them and re-exports them.

/**
 * The sessions list's sort keys and the vendor's `sortFieldId` for each (seed 000 / vendor notes §2).
 * The vendor takes no direction: times, durations and step counts come largest first, names A→Z.
 */
export const SWS_SESSION_SORTS = {
  start: { field: 'StartDateTime', desc: true, label: 'Start' },
  end: { field: 'EndDateTime', desc: true, label: 'End' },
  application: { field: 'ApplicationName', desc: false, label: 'Application' },
  duration: { field: 'Duration', desc: true, label: 'Duration' },
  user: { field: 'UserFullName', desc: false, label: 'User' },
  steps: { field: 'StepsCount', desc: true, label: 'Steps' },
} as const
export type SwsSessionSort = keyof typeof SWS_SESSION_SORTS
export const SWS_SESSION_SORT_IDS = Object.keys(SWS_SESSION_SORTS) as [SwsSessionSort, ...SwsSessionSort[]]
export const SWS_SESSION_DEFAULT_SORT: SwsSessionSort = 'start'

export const SWS_SESSION_PAGE_SIZES = [25, 50, 100] as const
export type SwsSessionPageSize = (typeof SWS_SESSION_PAGE_SIZES)[number]
export const SWS_SESSION_DEFAULT_PAGE_SIZE: SwsSessionPageSize = 50
