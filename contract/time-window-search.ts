// The time window without zod: list routes check their URL with it in the entry chunk, which
// loads before sign-in (DESIGN.md budget). time-window.ts adds the zod shape and re-exports it.

/**
 * A time window as list screens keep it in the URL: a preset relative to now ("last 7 days"
 * stays "last 7 days" when the link is opened tomorrow) or a custom from/to pair.
 */
export const TIME_WINDOW_RANGES = ['24h', '7d', '30d', 'custom'] as const
export type TimeWindowRange = (typeof TIME_WINDOW_RANGES)[number]
export type TimeWindowPreset = Exclude<TimeWindowRange, 'custom'>

export const TIME_WINDOW_LABELS: Record<TimeWindowRange, string> = {
  '24h': 'Last 24 hours',
  '7d': 'Last 7 days',
  '30d': 'Last 30 days',
  custom: 'Custom range',
}

const HOUR_MS = 3_600_000
export const TIME_WINDOW_PRESET_MS: Record<TimeWindowPreset, number> = {
  '24h': 24 * HOUR_MS,
  '7d': 7 * 24 * HOUR_MS,
  '30d': 30 * 24 * HOUR_MS,
}

export interface TimeWindowSearch {
  range?: TimeWindowRange
  from?: string
  to?: string
}

export interface ResolvedTimeWindow {
  from: Date
  to: Date
}

const MINUTE_MS = 60_000

/**
 * The absolute window a search means at `now`. Presets end at `now` rounded up to the next whole
 * minute, so repeated resolutions within a minute give the same window (stable query keys and
 * paging). A custom range missing `to` ends now; missing `from` starts 24 hours before `to`.
 * Search params with `from`/`to` but no `range` are read as custom.
 */
export function resolveTimeWindow(search: TimeWindowSearch, now: Date, defaultRange: TimeWindowPreset = '24h'): ResolvedTimeWindow {
  const end = new Date(Math.ceil(now.getTime() / MINUTE_MS) * MINUTE_MS)
  const range = search.range ?? (search.from || search.to ? 'custom' : defaultRange)
  if (range !== 'custom') return { from: new Date(end.getTime() - TIME_WINDOW_PRESET_MS[range]), to: end }
  const to = search.to ? new Date(search.to) : end
  const from = search.from ? new Date(search.from) : new Date(to.getTime() - TIME_WINDOW_PRESET_MS['24h'])
  return { from, to }
}

/** What is wrong with a custom range, in words, or null when it can be asked for. */
export function timeWindowProblem(search: TimeWindowSearch): string | null {
  if (search.from && search.to && Date.parse(search.from) > Date.parse(search.to)) return '"From" must not be later than "to".'
  return null
}
