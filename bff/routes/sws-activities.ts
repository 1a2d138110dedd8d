import { Hono, type Context } from 'hono'
import {
  swsActivityFilterSchema,
  swsActivityListQuerySchema,
  type SwsActivityFilter,
  type SwsActivityPage,
  type SwsActivitySummary,
} from '../../contract/sws-activities'
import { resolveTimeWindow } from '../../contract/time-window'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { csvDownload, isoCell, type CsvCell } from '../http/csv-export'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import { listSwsActivities, swsActivitiesInBatches, type SwsActivitySearch } from '../vendors/sws/sws-activities-api'

const read = requirePermission('sws.activities.read')
const exportCsv = requirePermission('export.csv')

const EXPORT_BATCH = 500
/** Activities are an admin log: a month is the useful default. */
export const SWS_ACTIVITY_DEFAULT_RANGE = '30d' as const

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const sws = (c: Context<AppEnv>) => c.var.deps.vendors.sws(tenantOf(c))

function searchOf(c: Context<AppEnv>, filter: SwsActivityFilter): { search: SwsActivitySearch; window: { from: string; to: string } } {
  const window = resolveTimeWindow({ range: filter.range, from: filter.from, to: filter.to }, c.var.deps.now(), SWS_ACTIVITY_DEFAULT_RANGE)
  return {
    search: { types: filter.types, fromTime: window.from.getTime(), toTime: window.to.getTime() },
    window: { from: window.from.toISOString(), to: window.to.toISOString() },
  }
}

export const SWS_ACTIVITY_CSV_COLUMNS = ['id', 'time', 'type', 'initiator', 'initiator_role', 'initiator_id', 'details'] as const

export function swsActivityCsvRow(activity: SwsActivitySummary): CsvCell[] {
  const details = Object.entries(activity.details)
    .map(([key, value]) => `${key}=${value}`)
    .join('; ')
  return [activity.id, isoCell(activity.at), activity.type, activity.initiator.name, activity.initiator.role, activity.initiator.id, details]
}

/** /api/t/:tenant/sws/activities — seed 000 operation 11, with paging past the gateway's 10,000 window and CSV export. */
export const swsActivityRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, validate('query', swsActivityListQuerySchema), async (c) => {
    const { page, pageSize, order, ...filter } = c.req.valid('query')
    const { search, window } = searchOf(c, filter)
    const { items, total } = await listSwsActivities(await sws(c), search, { offset: (page - 1) * pageSize, limit: pageSize, order }, c.var.requestId)
    return c.json({ items, total, page, pageSize, window } satisfies SwsActivityPage, 200)
  })
  .get('/export.csv', read, exportCsv, validate('query', swsActivityFilterSchema), async (c) => {
    const filter = c.req.valid('query')
    const { search, window } = searchOf(c, filter)
    const client = await sws(c)
    return csvDownload(c, {
      filename: `gatehouse-sws-activities-${tenantOf(c)}-${c.var.deps.now().toISOString().slice(0, 10)}.csv`,
      columns: SWS_ACTIVITY_CSV_COLUMNS,
      batches: (async function* () {
        for await (const batch of swsActivitiesInBatches(client, search, EXPORT_BATCH, c.var.requestId)) yield batch.map(swsActivityCsvRow)
      })(),
      onEnd: ({ result, rows, why }) =>
        recordAudit(c, { action: 'sws.activities.export', tenantId: tenantOf(c), result, details: { format: 'csv', filter, window, rows, ...(why ? { why } : {}) } }),
    })
  })

export type SwsActivityRoutes = typeof swsActivityRoutes
