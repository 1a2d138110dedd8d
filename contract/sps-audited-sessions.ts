import { z } from 'zod/mini'
import { SPS_AUDITED_DEFAULT_PAGE_SIZE, SPS_AUDITED_PAGE_SIZES, SPS_AUDITED_SORTS, SPS_SESSION_PROTOCOLS, SPS_SESSION_VERDICTS } from './sps-audited-sessions-search'
import { timeWindowSearchShape } from './time-window'

/** SPS audited sessions (`/api/audit/sessions`) as the console shows them: search, detail, content, trail. */

// Fixed values the list's URL is checked against: a zod-free module the entry chunk can load.
export {
  SPS_AUDITED_DEFAULT_PAGE_SIZE,
  SPS_AUDITED_PAGE_SIZES,
  SPS_AUDITED_SORTS,
  SPS_SESSION_PROTOCOLS,
  SPS_SESSION_VERDICT_LABELS,
  SPS_SESSION_VERDICTS,
  type SpsAuditedPageSize,
  type SpsAuditedSort,
  type SpsSessionProtocol,
  type SpsSessionVerdict,
} from './sps-audited-sessions-search'

/** SPS's basic search reaches the first 10,000 matches only ("the maximum number of search results"). */
export const SPS_SEARCH_RESULT_LIMIT = 10_000

/** The time window a list opens with: SPS boxes record a lot, so not "everything". */
export const SPS_AUDITED_DEFAULT_RANGE = '30d' as const

const text = (max: number) => z.string('Give this parameter once, as text').check(z.trim(), z.maxLength(max, `At most ${max} characters`))

/** Values go into SPS's Lucene query as a term or a quoted phrase, so quotes and backslashes cannot be sent. */
const filterValue = text(200).check(z.regex(/^[^"\\]*$/, 'Quotes and backslashes cannot be searched for'))

/** Filters shared by the list and the CSV export. Unknown parameters are refused. */
export const spsAuditedSessionFilterShape = {
  ...timeWindowSearchShape,
  protocol: z.optional(z.enum(SPS_SESSION_PROTOCOLS, `Use one of ${SPS_SESSION_PROTOCOLS.join(', ')}`)),
  verdict: z.optional(z.enum(SPS_SESSION_VERDICTS, `Use one of ${SPS_SESSION_VERDICTS.join(', ')}`)),
  /** Gateway or server username; `*` and `?` are wildcards. */
  user: z.optional(filterValue),
  /** Client address or name. */
  client: z.optional(filterValue),
  /** Target server address or name. */
  server: z.optional(filterValue),
  /** Free SPS search expression (Lucene), e.g. `recording.auth_method:publickey`. */
  q: z.optional(text(500)),
}

const strict = {
  error: (issue: { code?: string; keys?: string[] }) =>
    issue.code === 'unrecognized_keys' ? `Unknown query parameter: ${(issue.keys ?? []).join(', ')}` : undefined,
}

const fromNotAfterTo = z.refine<{ from?: string; to?: string }>(
  (window) => !window.from || !window.to || Date.parse(window.from) <= Date.parse(window.to),
  { error: '"From" must not be later than "to"', path: ['to'] },
)

export const spsAuditedSessionFilterSchema = z.strictObject(spsAuditedSessionFilterShape, strict).check(fromNotAfterTo)
export type SpsAuditedSessionFilter = z.infer<typeof spsAuditedSessionFilterSchema>
export type SpsAuditedSessionFilterQuery = z.input<typeof spsAuditedSessionFilterSchema>

const pageNumber = z.pipe(
  z.string().check(z.regex(/^[1-9]\d{0,5}$/, 'Use a whole number from 1')),
  z.transform((value) => Number(value)),
)
const pageSize = <T extends number>(sizes: readonly T[]) =>
  z.pipe(
    z.enum(sizes.map(String) as [string, ...string[]], `Use one of ${sizes.join(', ')}`),
    z.transform((value) => Number(value) as T),
  )

export const spsAuditedSessionListQuerySchema = z
  .strictObject(
    {
      ...spsAuditedSessionFilterShape,
      page: z._default(pageNumber, 1),
      pageSize: z._default(pageSize(SPS_AUDITED_PAGE_SIZES), SPS_AUDITED_DEFAULT_PAGE_SIZE),
      sort: z._default(z.enum(SPS_AUDITED_SORTS, `Use one of ${SPS_AUDITED_SORTS.join(', ')}`), '-started'),
    },
    strict,
  )
  .check(fromNotAfterTo)
export type SpsAuditedSessionListQuery = z.infer<typeof spsAuditedSessionListQuerySchema>
export type SpsAuditedSessionListRequest = z.input<typeof spsAuditedSessionListQuerySchema>

/** The CSV export: the list's filters and order, every reachable match (SPS pages up to 10,000). */
export const spsAuditedSessionExportQuerySchema = z
  .strictObject(
    { ...spsAuditedSessionFilterShape, sort: z._default(z.enum(SPS_AUDITED_SORTS, `Use one of ${SPS_AUDITED_SORTS.join(', ')}`), '-started') },
    strict,
  )
  .check(fromNotAfterTo)
export type SpsAuditedSessionExportRequest = z.input<typeof spsAuditedSessionExportQuerySchema>

/** A recorded session's id as SPS writes it (22-character base62, 32 hex digits, or a number). */
export const spsAuditedSessionParamsSchema = z.object({
  sessionId: z.string().check(z.regex(/^[\w.:-]{1,128}$/, 'Use an SPS session id (letters, digits, . : _ and - only)')),
})

export const SPS_SESSION_PART_PAGE_SIZES = [50, 100, 200] as const
export type SpsSessionPartPageSize = (typeof SPS_SESSION_PART_PAGE_SIZES)[number]

/** Paging of a session's channels and events. */
export const spsSessionPartQuerySchema = z.strictObject(
  {
    page: z._default(pageNumber, 1),
    pageSize: z._default(pageSize(SPS_SESSION_PART_PAGE_SIZES), 100),
  },
  strict,
)
export type SpsSessionPartRequest = z.input<typeof spsSessionPartQuerySchema>

/** Search inside a session's indexed content; SPS refuses an expression that starts with `*`. */
export const spsSessionContentQuerySchema = z.strictObject(
  {
    q: text(500).check(
      z.minLength(1, 'Enter what to search for'),
      z.refine((value) => !value.startsWith('*'), 'A search cannot start with *'),
    ),
    page: z._default(pageNumber, 1),
    pageSize: z._default(pageSize(SPS_SESSION_PART_PAGE_SIZES), 100),
  },
  strict,
)
export type SpsSessionContentRequest = z.input<typeof spsSessionContentQuerySchema>

export interface SpsEndpoint {
  ip: string | null
  name: string | null
  port: number | null
}

export interface SpsAuditedSessionSummary {
  id: string
  protocol: string | null
  /** Still running when SPS answered. */
  active: boolean
  /** ISO 8601 with offset. */
  startedAt: string | null
  endedAt: string | null
  durationSeconds: number | null
  gatewayUsername: string | null
  serverUsername: string | null
  client: SpsEndpoint
  /** The target server the session reached. */
  server: SpsEndpoint
  verdict: string | null
  connectionPolicy: string | null
  channelPolicy: string | null
}

export interface SpsAuditedSessionPage {
  items: SpsAuditedSessionSummary[]
  /** SPS's `match_count`: every match, even beyond what its search can page to. */
  total: number
  page: number
  pageSize: number
  /** The absolute window searched (ISO 8601), presets resolved. */
  window: { from: string; to: string }
}

export interface SpsAuditedSessionDetail extends SpsAuditedSessionSummary {
  /** SPS's own session identifier, e.g. `svc/…/ssh-prod:0`. */
  sessionId: string | null
  origin: string | null
  nodeId: string | null
  authMethod: string | null
  indexStatus: string | null
  archived: boolean | null
  hasAcceptedChannel: boolean | null
  commandExtracted: boolean | null
  /** The SPS address the client connected to. */
  applianceAddress: SpsEndpoint
  /** Whether SPS offers the audit trail for download. */
  trailAvailable: boolean
}

export interface SpsSessionChannel {
  id: string
  type: string | null
  verdict: string | null
  startedAt: string | null
  endedAt: string | null
  durationSeconds: number | null
  /** Channel-specific facts SPS adds (command, subsystem, forwarded addresses), as text. */
  details: Record<string, string>
}

export interface SpsSessionEvent {
  recordId: number | null
  /** As SPS writes it (no zone: the appliance's time). */
  time: string | null
  type: string | null
  action: string | null
  content: string | null
  channelId: string | null
}

/** Channels, events and content matches: SPS pages them without a count. */
export interface SpsSessionPartPage<T> {
  items: T[]
  total: null
  page: number
  pageSize: number
  hasMore: boolean
}

export interface SpsTrailDownloadByOperator {
  at: string
  actor: string
  result: 'success' | 'failure' | 'denied'
  bytes: number | null
}

export interface SpsTrailDownloadOnAppliance {
  at: string | null
  username: string | null
  ipAddress: string | null
  fromApi: boolean | null
}

export interface SpsTrailDownloads {
  /** From the console's own audit log: operators who downloaded the trail through Gatehouse. */
  console: SpsTrailDownloadByOperator[]
  /** What SPS itself recorded (console downloads appear there as the connection's SPS user). */
  appliance: SpsTrailDownloadOnAppliance[]
}

/** The audit log target of a trail download; the "who downloaded" list looks entries up by it. */
export function spsTrailAuditTarget(sessionId: string): string {
  return `audited session ${sessionId}`
}
