import {
  SPS_SEARCH_RESULT_LIMIT,
  type SpsAuditedSessionDetail,
  type SpsAuditedSessionFilter,
  type SpsAuditedSessionListQuery,
  type SpsAuditedSessionPage,
  type SpsAuditedSessionSummary,
  type SpsAuditedSort,
  type SpsSessionChannel,
  type SpsSessionEvent,
  type SpsSessionPartPage,
  type SpsTrailDownloadOnAppliance,
} from '../../../contract/sps-audited-sessions'
import { ERROR_CODES } from '../../../contract/errors'
import { ApiError, validationFailed } from '../../http/api-error'
import { VendorApiError } from '../http/vendor-errors'
import type { SpsConnection } from './sps-connection'
import { sessionSearchParams } from './sps-audited-sessions-query'
import {
  parseListing,
  parseSessionSearch,
  SESSION_LIST_FIELDS,
  toChannel,
  toEvent,
  toSessionDetail,
  toSessionSummary,
  toTrailDownload,
} from './sps-audited-sessions-wire'

// SPS audited sessions through the connection-wide read session: search (`/api/audit/sessions`),
// one session, its channels, events, content search, who downloaded its trail, and the trail.

const SESSIONS = '/api/audit/sessions'
export const sessionPath = (id: string, part = '') => `${SESSIONS}/${encodeURIComponent(id)}${part ? `/${part}` : ''}`

/** SPS answers a bad `q`, `start`, `end` or `sort` with a 400 SyntacticError: a field error for the operator. */
function asSearchError(error: unknown, field: string): unknown {
  if (!(error instanceof VendorApiError)) return error
  const said = error.vendor as { type?: unknown; message?: unknown } | undefined
  if (said?.type !== 'SyntacticError') return error
  const message = typeof said.message === 'string' && said.message ? `SPS could not read this search: ${said.message}` : 'SPS could not read this search.'
  return validationFailed([{ path: field, message }])
}

function beyondSearchLimit(page: number, pageSize: number): ApiError {
  return new ApiError(
    400,
    ERROR_CODES.validation,
    `SPS searches only the first ${SPS_SEARCH_RESULT_LIMIT.toLocaleString('en')} matches; page ${page} is beyond them. Narrow the filters or the time window.`,
    { fields: [{ path: 'page', message: `At most page ${Math.ceil(SPS_SEARCH_RESULT_LIMIT / pageSize)} at this page size` }] },
  )
}

/** Items SPS answered without a body (it ignored `fields`) are read one by one. */
async function withBodies(sps: SpsConnection, items: { id: string; body: Record<string, unknown> | null }[], requestId?: string): Promise<SpsAuditedSessionSummary[]> {
  return Promise.all(
    items.map(async ({ id, body }) => (body ? toSessionSummary(id, body) : toSessionDetail(await sps.read(sessionPath(id), undefined, requestId)))),
  )
}

export async function searchSpsAuditedSessions(sps: SpsConnection, query: SpsAuditedSessionListQuery, now: Date, requestId?: string): Promise<SpsAuditedSessionPage> {
  const { page, pageSize, sort, ...filter } = query
  const offset = (page - 1) * pageSize
  if (offset >= SPS_SEARCH_RESULT_LIMIT) throw beyondSearchLimit(page, pageSize)
  const { window, query: search } = sessionSearchParams(filter, sort, now)
  const answer = await sps
    .read(SESSIONS, { ...search, limit: pageSize, offset, fields: SESSION_LIST_FIELDS.join(',') }, requestId)
    .catch((error: unknown) => {
      throw asSearchError(error, 'q')
    })
  const parsed = parseSessionSearch(answer)
  return {
    items: await withBodies(sps, parsed.items, requestId),
    total: parsed.matchCount,
    page,
    pageSize,
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
  }
}

/** SPS's largest page: an export walks the matches 500 at a time, at most 10,000 in all. */
const EXPORT_PAGE = 500

/** Every reachable match of a filter, a page at a time (pull: the next page is read when the last was sent). */
export async function* spsAuditedSessionsInBatches(
  sps: SpsConnection,
  filter: SpsAuditedSessionFilter,
  sort: SpsAuditedSort,
  now: Date,
  requestId?: string,
): AsyncGenerator<SpsAuditedSessionSummary[]> {
  const { query: search } = sessionSearchParams(filter, sort, now)
  for (let offset = 0; offset < SPS_SEARCH_RESULT_LIMIT; offset += EXPORT_PAGE) {
    const answer = await sps.read(SESSIONS, { ...search, limit: EXPORT_PAGE, offset, fields: SESSION_LIST_FIELDS.join(',') }, requestId)
    const parsed = parseSessionSearch(answer)
    if (parsed.items.length) yield await withBodies(sps, parsed.items, requestId)
    if (!parsed.hasNext || parsed.items.length < EXPORT_PAGE) return
  }
}

export async function readSpsAuditedSession(sps: SpsConnection, id: string, requestId?: string): Promise<SpsAuditedSessionDetail> {
  return toSessionDetail(await sps.read(sessionPath(id), undefined, requestId))
}

interface PartPaging {
  page: number
  pageSize: number
}

async function readPart<T>(
  sps: SpsConnection,
  id: string,
  part: string,
  paging: PartPaging,
  map: (value: unknown) => T | null,
  extra: Record<string, string> = {},
  requestId?: string,
): Promise<SpsSessionPartPage<T>> {
  const answer = await sps.read(sessionPath(id, part), { ...extra, limit: paging.pageSize, offset: (paging.page - 1) * paging.pageSize }, requestId)
  const { items, hasNext } = parseListing(answer, part)
  return { items: items.flatMap((item) => map(item) ?? []), total: null, page: paging.page, pageSize: paging.pageSize, hasMore: hasNext }
}

export const listSpsSessionChannels = (sps: SpsConnection, id: string, paging: PartPaging, requestId?: string) =>
  readPart<SpsSessionChannel>(sps, id, 'channels', paging, toChannel, {}, requestId)

export const listSpsSessionEvents = (sps: SpsConnection, id: string, paging: PartPaging, requestId?: string) =>
  readPart<SpsSessionEvent>(sps, id, 'events', paging, toEvent, {}, requestId)

export async function searchSpsSessionContent(sps: SpsConnection, id: string, q: string, paging: PartPaging, requestId?: string) {
  try {
    return await readPart<SpsSessionEvent>(sps, id, 'content', paging, toEvent, { q }, requestId)
  } catch (error) {
    throw asSearchError(error, 'q')
  }
}

/** SPS's own record of trail downloads (up to its largest page, newest last as SPS lists them). */
export async function listSpsTrailDownloads(sps: SpsConnection, id: string, requestId?: string): Promise<SpsTrailDownloadOnAppliance[]> {
  const page = await readPart(sps, id, 'trail_downloads', { page: 1, pageSize: 500 }, toTrailDownload, {}, requestId)
  return page.items
}

/** The audit trail as a stream straight from SPS (the `.zat` file plays in One Identity's own player). */
export async function openSpsAuditTrail(sps: SpsConnection, id: string, requestId?: string) {
  const stream = await sps.readStream(sessionPath(id, 'audit_trail'), requestId)
  const disposition = stream.headers['content-disposition']
  const named = typeof disposition === 'string' ? /filename="?([^";]+)"?/i.exec(disposition)?.[1] : undefined
  const length = Number(stream.headers['content-length'])
  return {
    body: stream.body,
    fileName: safeFileName(named ?? `audit-trail-${id}.zat`),
    contentType: typeof stream.headers['content-type'] === 'string' ? stream.headers['content-type'] : 'application/octet-stream',
    size: Number.isInteger(length) && length >= 0 ? length : null,
  }
}

/** A file name without paths or characters that could break the Content-Disposition header. */
export function safeFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  const cleaned = base.replace(/[^\w.-]/g, '_').replace(/^\.+/, '')
  return cleaned || 'audit-trail.zat'
}
