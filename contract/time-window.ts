import { z } from 'zod/mini'
import { TIME_WINDOW_RANGES } from './time-window-search'

// The window's values and arithmetic live in a zod-free module the entry chunk can load.
export {
  resolveTimeWindow,
  TIME_WINDOW_LABELS,
  TIME_WINDOW_PRESET_MS,
  TIME_WINDOW_RANGES,
  timeWindowProblem,
  type ResolvedTimeWindow,
  type TimeWindowPreset,
  type TimeWindowRange,
  type TimeWindowSearch,
} from './time-window-search'

const instant = z.iso.datetime({ offset: true, error: 'Use an ISO 8601 date and time with an offset, e.g. 2026-01-31T09:00:00Z' })

/** Spread into a route's search schema (or a BFF query schema): `range`, `from`, `to`, all optional. */
export const timeWindowSearchShape = {
  range: z.optional(z.enum(TIME_WINDOW_RANGES, 'Use 24h, 7d, 30d or custom')),
  from: z.optional(instant),
  to: z.optional(instant),
}
