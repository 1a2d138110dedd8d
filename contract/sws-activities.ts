import { z } from 'zod/mini'
import { SWS_ACTIVITY_DEFAULT_PAGE_SIZE, SWS_ACTIVITY_PAGE_SIZES, SWS_ACTIVITY_TYPES, type SwsActivityPageSize, type SwsActivityType } from './sws-activities-search'
import { timeWindowSearchShape } from './time-window'

/** The activity types `GET /v2-edge/sws/activities` accepts (vendor notes §2, operation 11). */
// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  SWS_ACTIVITY_DEFAULT_PAGE_SIZE,
  SWS_ACTIVITY_PAGE_SIZES,
  SWS_ACTIVITY_TYPES,
  type SwsActivityPageSize,
  type SwsActivityType,
} from './sws-activities-search'

export const SWS_ACTIVITY_ORDERS = ['newest', 'oldest'] as const
export type SwsActivityOrder = (typeof SWS_ACTIVITY_ORDERS)[number]

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}

/** Comma-separated activity types; absent means every type (the vendor needs at least one, so the console sends them all). */
const typesParam = z.pipe(
  z.string('Give this parameter once, as a comma-separated list'),
  z.transform((value, context) => {
    const items = [...new Set(value.split(',').map((item) => item.trim()).filter(Boolean))]
    const unknown = items.filter((item) => !(SWS_ACTIVITY_TYPES as readonly string[]).includes(item))
    if (unknown.length > 0) context.issues.push({ code: 'custom', input: value, message: `Unknown activity type: ${unknown.join(', ')}` })
    else if (items.length === 0) context.issues.push({ code: 'custom', input: value, message: 'Pick at least one activity type' })
    return items as SwsActivityType[]
  }),
)

const fromNotAfterTo = z.refine<{ from?: string; to?: string }>(
  (window) => !window.from || !window.to || Date.parse(window.from) <= Date.parse(window.to),
  { error: '"From" must not be later than "to"', path: ['to'] },
)

const filterShape = { ...timeWindowSearchShape, types: z.optional(typesParam) }

export const swsActivityFilterSchema = z.strictObject(filterShape, strict).check(fromNotAfterTo)
export type SwsActivityFilter = z.infer<typeof swsActivityFilterSchema>
export type SwsActivityFilterQuery = z.input<typeof swsActivityFilterSchema>

const pageNumber = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'Use a whole number from 1')),
  z.transform((value) => Number(value)),
)

export const swsActivityListQuerySchema = z
  .strictObject(
    {
      ...filterShape,
      page: z._default(pageNumber, 1),
      pageSize: z._default(
        z.pipe(
          z.enum(SWS_ACTIVITY_PAGE_SIZES.map(String) as [`${SwsActivityPageSize}`, ...Array<`${SwsActivityPageSize}`>], `Use one of ${SWS_ACTIVITY_PAGE_SIZES.join(', ')}`),
          z.transform((value) => Number(value) as SwsActivityPageSize),
        ),
        SWS_ACTIVITY_DEFAULT_PAGE_SIZE,
      ),
      /** The gateway lists oldest first; the console reads from the end for newest first. */
      order: z._default(z.enum(SWS_ACTIVITY_ORDERS, 'Use newest or oldest'), 'newest'),
    },
    strict,
  )
  .check(fromNotAfterTo)
export type SwsActivityListQuery = z.infer<typeof swsActivityListQuerySchema>
export type SwsActivityListRequest = z.input<typeof swsActivityListQuerySchema>

/** One SWS activity; `details` holds the type-specific fields (invitation id, initial status, e-mail…) as text. */
export interface SwsActivitySummary {
  id: string
  type: string
  at: string | null
  initiator: { id: string | null; name: string | null; role: string | null }
  details: Record<string, string>
}

export interface SwsActivityPage {
  items: SwsActivitySummary[]
  total: number | null
  page: number
  pageSize: number
  window: { from: string; to: string }
}
