import { z } from 'zod/mini'
import { SWS_STEP_TYPES } from './sws-player-search'

/**
 * The SWS session player: one session's header and its step timeline, read page by page (the
 * gateway pages long sessions by time window; the BFF hides that behind step positions).
 */

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  SWS_STEP_TYPES,
  type SwsStepType,
} from './sws-player-search'

/** Rows per timeline page; the player asks for pages around what is on screen. */
export const SWS_STEP_PAGE_SIZE = 200

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}

const STEP_TYPE_LIST = /^(NavigatedTo|MouseClick|KeyPress|ValueChange|ClipboardPasted|SessionLock|SessionUnlock|SessionResumed)(,(NavigatedTo|MouseClick|KeyPress|ValueChange|ClipboardPasted|SessionLock|SessionUnlock|SessionResumed))*$/

/** Filters shared by the timeline, its search, locating a time and the export. */
const filterShape = {
  /** Comma-separated step types; absent = every type. */
  types: z.optional(z.string().check(z.regex(STEP_TYPE_LIST, `Use step types from: ${SWS_STEP_TYPES.join(', ')}`))),
  /** One browser tab (the gateway's digit-string tab id). */
  tab: z.optional(z.string().check(z.regex(/^[0-9]{1,20}$/, 'A tab id is digits only'))),
}

const pageNumber = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,5}$/, 'Use a whole number from 1')),
  z.transform((value) => Number(value)),
)
const pageSize = z.pipe(
  z.string().check(z.regex(/^([1-9]\d{0,2}|1000)$/, 'Use a whole number from 1 to 1000')),
  z.transform((value) => Number(value)),
)
const searchText = z.string().check(z.trim(), z.minLength(1, 'Enter text to search for'), z.maxLength(200, 'At most 200 characters'))

export const swsStepFilterSchema = z.strictObject(filterShape, strict)
export type SwsStepFilter = z.infer<typeof swsStepFilterSchema>

export const swsStepsQuerySchema = z.strictObject(
  { ...filterShape, page: z._default(pageNumber, 1), pageSize: z._default(pageSize, SWS_STEP_PAGE_SIZE) },
  strict,
)
export type SwsStepsRequest = z.input<typeof swsStepsQuerySchema>

export const swsStepSearchQuerySchema = z.strictObject(
  { ...filterShape, q: searchText, page: z._default(pageNumber, 1), pageSize: z._default(pageSize, 100) },
  strict,
)
export type SwsStepSearchRequest = z.input<typeof swsStepSearchQuerySchema>

export const swsStepLocateQuerySchema = z.strictObject(
  {
    ...filterShape,
    /** Epoch ms: the answer is the position of the first step at or after it. */
    time: z.pipe(z.string().check(z.regex(/^\d{1,15}$/, 'Use epoch milliseconds')), z.transform((value) => Number(value))),
  },
  strict,
)
export type SwsStepLocateRequest = z.input<typeof swsStepLocateQuerySchema>

export const swsStepExportQuerySchema = z.strictObject({ ...filterShape, q: z.optional(searchText) }, strict)
export type SwsStepExportRequest = z.input<typeof swsStepExportQuerySchema>

/** Who flagged a session or step, and when (ISO 8601). */
export interface SwsFlagView {
  at: string
  by: string
}

export interface SwsSecurityLayerView {
  layer: string
  attributes: Array<{ name: string; value: string }>
}

/**
 * A session's header. `source` says which vendor API answered: tenants whose gateway predates
 * GetSessions only have the recordings API, which serves no security layers (then null).
 */
export interface SwsSessionHeader {
  id: string
  source: 'sessions' | 'recordings'
  user: { id: string; fullName: string; username: string } | null
  application: { id: string; name: string } | null
  startedAt: string | null
  /** Null while the session is still running. */
  endedAt: string | null
  durationMs: number | null
  stepsCount: number
  flag: SwsFlagView | null
  securityLayers: SwsSecurityLayerView[] | null
  tabIds: string[]
}

/** One recorded step as the player shows it. `index` is its position in the (filtered) timeline, 0-based. */
export interface SwsStepView {
  id: string
  index: number
  at: string
  type: string
  tabId: string | null
  url: string | null
  windowTitle: string | null
  windowWidth: number | null
  windowHeight: number | null
  clientTimeZone: string | null
  elementTag: string | null
  elementXPath: string | null
  elementText: string | null
  pressedKey: string | null
  cursorX: number | null
  cursorY: number | null
  /** The new value (ValueChange) or the pasted text (ClipboardPasted). */
  value: string | null
  /** The value before a ValueChange. */
  previousValue: string | null
  flag: SwsFlagView | null
}

export interface SwsStepsPage {
  items: SwsStepView[]
  total: number
  page: number
  pageSize: number
}

/** Search matches; their `index` is unknown until located (-1), as the gateway answers matches only. */
export type SwsStepSearchPage = SwsStepsPage

export interface SwsStepLocation {
  /** Position of the first step at or after the time; equals `total` when none is. */
  index: number
  total: number
}

/** Notable steps for the scrubber: navigations, clipboard, lock/unlock/resume and flagged ones. */
export interface SwsStepMarker {
  at: string
  type: string
  flagged: boolean
}

export interface SwsStepMarkers {
  items: SwsStepMarker[]
  /** More notable steps exist than were sent. */
  truncated: boolean
}
