// Generated timestamps are laid out backwards from a fixed "data now", not from the wall clock,
// so that the same seed gives byte-identical data on any day. SIM_DATA_NOW moves it.

export const DEFAULT_DATA_NOW_MS = Date.UTC(2026, 10, 1, 12, 0, 0)

export const SECOND_MS = 1_000
export const MINUTE_MS = 60 * SECOND_MS
export const HOUR_MS = 60 * MINUTE_MS
export const DAY_MS = 24 * HOUR_MS

/** Parses an ISO date or epoch milliseconds; "today" means the start of the current UTC day. */
export function parseDataNow(value: string, wallClockMs = Date.now()): number {
  if (value === 'today') return Math.floor(wallClockMs / DAY_MS) * DAY_MS
  if (/^\d+$/.test(value)) return Number(value)
  const parsed = Date.parse(value)
  if (Number.isNaN(parsed)) throw new Error(`not a date: ${value}`)
  return parsed
}
