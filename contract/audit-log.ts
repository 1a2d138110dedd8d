import { z } from 'zod/mini'
import { AUDIT_ACTIONS } from './audit-actions'
import { AUDIT_DEFAULT_PAGE_SIZE, AUDIT_PAGE_SIZES, AUDIT_RESULTS, type AuditPageSize, type AuditResult } from './audit-log-search'

// AUDIT_ACTIONS is in ./audit-actions.ts (zod-free, for the entry chunk): add new actions there.
export { AUDIT_ACTIONS, type AuditAction } from './audit-actions'

// Fixed values the log's URL is checked against: a zod-free module the entry chunk can load.
export {
  AUDIT_DEFAULT_PAGE_SIZE,
  AUDIT_PAGE_SIZES,
  AUDIT_RESULTS,
  type AuditPageSize,
  type AuditResult,
} from './audit-log-search'

export const AUDIT_ORDERS = ['newest', 'oldest'] as const
export type AuditOrder = (typeof AUDIT_ORDERS)[number]

const DATETIME_MESSAGE = 'Use an ISO 8601 date and time with an offset, e.g. 2026-01-31T09:00:00Z'

const text = (max: number) =>
  z.string('Give this parameter once, as text').check(z.trim(), z.maxLength(max, `At most ${max} characters`))
const datetime = z.iso.datetime({ offset: true, error: DATETIME_MESSAGE })

/**
 * Query parameters arrive as strings; these filters are shared by the list and the CSV export.
 * Unknown parameters are refused so a misspelt filter is not silently ignored.
 */
const filterShape = {
  actor: z.optional(text(128)),
  action: z.optional(z.enum(AUDIT_ACTIONS, 'Pick one of the known audit actions')),
  tenant: z.optional(text(128)),
  result: z.optional(z.enum(AUDIT_RESULTS, 'Use success, failure or denied')),
  from: z.optional(datetime),
  to: z.optional(datetime),
  /** Free text, matched against target and reason. */
  q: z.optional(text(200)),
}

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}

const fromNotAfterTo = z.refine<{ from?: string; to?: string }>(
  (filters) => !filters.from || !filters.to || Date.parse(filters.from) <= Date.parse(filters.to),
  { error: '"From" must not be later than "to"', path: ['to'] },
)

export const auditLogFilterSchema = z.strictObject(filterShape, strict).check(fromNotAfterTo)
export type AuditLogFilter = z.infer<typeof auditLogFilterSchema>
/** The filters as sent in a query string. */
export type AuditLogFilterQuery = z.input<typeof auditLogFilterSchema>

const pageNumber = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,8}$/, 'Use a whole number from 1')),
  z.transform((value) => Number(value)),
)
const pageSize = z.pipe(
  z.enum(
    AUDIT_PAGE_SIZES.map(String) as [`${AuditPageSize}`, ...Array<`${AuditPageSize}`>],
    `Use one of ${AUDIT_PAGE_SIZES.join(', ')}`,
  ),
  z.transform((value) => Number(value) as AuditPageSize),
)

export const auditLogListQuerySchema = z
  .strictObject(
    {
      ...filterShape,
      page: z._default(pageNumber, 1),
      pageSize: z._default(pageSize, AUDIT_DEFAULT_PAGE_SIZE),
      order: z._default(z.enum(AUDIT_ORDERS, 'Use newest or oldest'), 'newest'),
    },
    strict,
  )
  .check(fromNotAfterTo)
export type AuditLogListQuery = z.infer<typeof auditLogListQuerySchema>
/** The list request as sent in a query string. */
export type AuditLogListRequest = z.input<typeof auditLogListQuerySchema>

/** One audit entry as the console API shows it; `at` is ISO 8601 with offset. */
export interface AuditEntrySummary {
  seq: number
  at: string
  actor: string
  ip: string
  tenantId: string | null
  action: string
  target: string | null
  reason: string | null
  result: AuditResult
  details: Record<string, unknown> | null
}

export interface AuditLogPage {
  items: AuditEntrySummary[]
  total: number
  page: number
  pageSize: number
}

/** The outcome of walking the whole hash chain. */
export interface AuditChainVerification {
  ok: boolean
  /** Entries that were checked and found linked and intact. */
  checked: number
  /** The first entry that does not fit the chain, and why. */
  brokenAt?: { seq: number; problem: string }
}
