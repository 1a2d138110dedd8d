import { z } from 'zod/mini'
import { SWS_SESSION_DEFAULT_PAGE_SIZE, SWS_SESSION_DEFAULT_SORT, SWS_SESSION_PAGE_SIZES, SWS_SESSION_SORT_IDS, type SwsSessionPageSize } from './sws-sessions-search'
import { timeWindowSearchShape } from './time-window'

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  SWS_SESSION_DEFAULT_PAGE_SIZE,
  SWS_SESSION_DEFAULT_SORT,
  SWS_SESSION_PAGE_SIZES,
  SWS_SESSION_SORT_IDS,
  SWS_SESSION_SORTS,
  type SwsSessionPageSize,
  type SwsSessionSort,
} from './sws-sessions-search'

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}
const text = (max: number) => z.string('Give this parameter once, as text').check(z.trim(), z.maxLength(max, `At most ${max} characters`))

const fromNotAfterTo = z.refine<{ from?: string; to?: string }>(
  (window) => !window.from || !window.to || Date.parse(window.from) <= Date.parse(window.to),
  { error: '"From" must not be later than "to"', path: ['to'] },
)

/** The filters the list and the CSV export share; all are query-string text. */
const filterShape = {
  ...timeWindowSearchShape,
  /** An application (= SWS policy) id. */
  application: z.optional(text(128)),
  /** A user's login, matched exactly (any case) by the vendor. */
  user: z.optional(text(256)),
  flagged: z.optional(z.enum(['true', 'false'], 'Use true or false')),
  /** Free text with `*`/`?` wildcards over application name, user name and login. */
  q: z.optional(text(200)),
  sort: z._default(z.enum(SWS_SESSION_SORT_IDS, `Use one of ${SWS_SESSION_SORT_IDS.join(', ')}`), SWS_SESSION_DEFAULT_SORT),
}

export const swsSessionFilterSchema = z.strictObject(filterShape, strict).check(fromNotAfterTo)
export type SwsSessionFilter = z.infer<typeof swsSessionFilterSchema>
export type SwsSessionFilterQuery = z.input<typeof swsSessionFilterSchema>

const pageNumber = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'Use a whole number from 1')),
  z.transform((value) => Number(value)),
)

export const swsSessionListQuerySchema = z
  .strictObject(
    {
      ...filterShape,
      page: z._default(pageNumber, 1),
      pageSize: z._default(
        z.pipe(
          z.enum(SWS_SESSION_PAGE_SIZES.map(String) as [`${SwsSessionPageSize}`, ...Array<`${SwsSessionPageSize}`>], `Use one of ${SWS_SESSION_PAGE_SIZES.join(', ')}`),
          z.transform((value) => Number(value) as SwsSessionPageSize),
        ),
        SWS_SESSION_DEFAULT_PAGE_SIZE,
      ),
    },
    strict,
  )
  .check(fromNotAfterTo)
export type SwsSessionListQuery = z.infer<typeof swsSessionListQuerySchema>
export type SwsSessionListRequest = z.input<typeof swsSessionListQuerySchema>

/** One recorded session; times ISO 8601, `durationMs` null while it runs. */
export interface SwsSessionSummary {
  id: string
  startedAt: string
  endedAt: string | null
  durationMs: number | null
  stepsCount: number
  /** Set when someone flagged the session. */
  flag: { at: string | null; by: string } | null
  application: { id: string; name: string } | null
  user: { id: string; fullName: string; username: string } | null
}

export interface SwsSessionPage {
  items: SwsSessionSummary[]
  total: number | null
  page: number
  pageSize: number
  /** The window that was asked for (presets resolved on the server). */
  window: { from: string; to: string }
  /** Which vendor API answered: the sessions endpoints, or the older recordings ones on tenants without them. */
  source: 'sessions' | 'recordings'
  /** The vendor's `lastUpdate`: how fresh its data is. */
  lastUpdate: string | null
}

/** An application (SWS policy) to filter by. */
export interface SwsApplicationOption {
  id: string
  name: string
}
