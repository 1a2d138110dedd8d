import { Hono, type Context } from 'hono'
import { z } from 'zod/mini'
import { resolveTimeWindow } from '../../contract/time-window'
import {
  swsSessionFilterSchema,
  swsSessionListQuerySchema,
  type SwsApplicationOption,
  type SwsSessionFilter,
  type SwsSessionPage,
  type SwsSessionSummary,
} from '../../contract/sws-sessions'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { csvDownload, isoCell, type CsvCell } from '../http/csv-export'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import { listSwsApplications, listSwsSessions, swsSessionsInBatches, type SwsSessionSearch } from '../vendors/sws/sws-sessions-api'

const read = requirePermission('sws.sessions.read')
const exportCsv = requirePermission('export.csv')

/** Sessions per gateway request during an export (the gateway's default page is 100). */
const EXPORT_BATCH = 500
/** Applications offered in the filter; the picker searches the vendor beyond these. */
const APPLICATION_LIMIT = 200

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const sws = (c: Context<AppEnv>) => c.var.deps.vendors.sws(tenantOf(c))

/** The filter as a vendor search; a preset window ends at the server's now. */
function searchOf(c: Context<AppEnv>, filter: SwsSessionFilter): { search: SwsSessionSearch; window: { from: string; to: string } } {
  const { range, from, to, ...rest } = filter
  const window = resolveTimeWindow({ range, from, to }, c.var.deps.now())
  return {
    search: { filter: rest, fromTime: window.from.getTime(), toTime: window.to.getTime() },
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
  }
}

export const SWS_SESSION_CSV_COLUMNS = ['id', 'start', 'end', 'duration_seconds', 'steps', 'application_id', 'application', 'user_full_name', 'username', 'user_id', 'flagged', 'flagged_at', 'flagged_by'] as const

export function swsSessionCsvRow(session: SwsSessionSummary): CsvCell[] {
  return [
    session.id,
    isoCell(session.startedAt),
    isoCell(session.endedAt),
    session.durationMs === null ? null : Math.round(session.durationMs / 1000),
    session.stepsCount,
    session.application?.id,
    session.application?.name,
    session.user?.fullName,
    session.user?.username,
    session.user?.id,
    session.flag ? 'yes' : 'no',
    isoCell(session.flag?.at),
    session.flag?.by,
  ]
}

const applicationQuerySchema = z.strictObject({ q: z.optional(z.string().check(z.trim(), z.maxLength(200, 'At most 200 characters'))) })

/** /api/t/:tenant/sws/sessions — the sessions (or, on older tenants, recordings) list and its export. One session is sws-session-player.ts. */
export const swsSessionRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, validate('query', swsSessionListQuerySchema), async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query')
    const { search, window } = searchOf(c, filter)
    const result = await listSwsSessions(await sws(c), search, (page - 1) * pageSize, pageSize, c.var.requestId)
    return c.json({ items: result.items, total: result.total, page, pageSize, window, source: result.source, lastUpdate: result.lastUpdate } satisfies SwsSessionPage, 200)
  })
  .get('/applications', read, validate('query', applicationQuerySchema), async (c) => {
    const { q } = c.req.valid('query')
    const { items, total } = await listSwsApplications(await sws(c), q || undefined, APPLICATION_LIMIT, c.var.requestId)
    return c.json({ items: items satisfies SwsApplicationOption[], total }, 200)
  })
  .get('/export.csv', read, exportCsv, validate('query', swsSessionFilterSchema), async (c) => {
    const filter = c.req.valid('query')
    const { search, window } = searchOf(c, filter)
    const client = await sws(c)
    return csvDownload(c, {
      filename: `gatehouse-sws-sessions-${tenantOf(c)}-${c.var.deps.now().toISOString().slice(0, 10)}.csv`,
      columns: SWS_SESSION_CSV_COLUMNS,
      batches: (async function* () {
        for await (const batch of swsSessionsInBatches(client, search, EXPORT_BATCH, c.var.requestId)) yield batch.map(swsSessionCsvRow)
      })(),
      onEnd: ({ result, rows, why }) =>
        recordAudit(c, {
          action: 'sws.sessions.export',
          tenantId: tenantOf(c),
          result,
          details: { format: 'csv', filter, window, rows, ...(why ? { why } : {}) },
        }),
    })
  })

export type SwsSessionRoutes = typeof swsSessionRoutes
