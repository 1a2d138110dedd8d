import { Hono, type Context } from 'hono'
import {
  swsStepExportQuerySchema,
  swsStepFilterSchema,
  swsStepLocateQuerySchema,
  swsStepSearchQuerySchema,
  swsStepsQuerySchema,
  type SwsSessionHeader,
  type SwsStepFilter,
  type SwsStepLocation,
  type SwsStepMarkers,
  type SwsStepsPage,
} from '../../contract/sws-player'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { csvDownload } from '../http/csv-export'
import { notFound } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import { readSessionHeader } from '../vendors/sws/sws-session-detail'
import { iterateSteps, locateStep, readStepsPage, type SwsStepQuery } from '../vendors/sws/sws-steps'
import { STEP_CSV_COLUMNS, stepCsvRow } from '../vendors/sws/sws-steps-csv'
import { readStepMarkers } from '../vendors/sws/sws-steps-markers'
import { stepView } from '../vendors/sws/sws-steps-view'

const read = requirePermission('sws.sessions.read')
const exportCsv = requirePermission('export.csv')

/** Session ids are the gateway's 20-character Elasticsearch ids (or the named long sessions). */
const SESSION_ID = /^[A-Za-z0-9_-]{1,128}$/

function sessionIdOf(c: Context<AppEnv>): string {
  const id = c.req.param('sessionId') ?? ''
  if (!SESSION_ID.test(id)) throw notFound('The session')
  return id
}

function stepQuery(filter: SwsStepFilter, freeSearch?: string): SwsStepQuery {
  return {
    ...(filter.types ? { types: filter.types.split(',') } : {}),
    ...(filter.tab ? { tabId: filter.tab } : {}),
    ...(freeSearch ? { freeSearch } : {}),
  }
}

const swsOf = (c: Context<AppEnv>) => c.var.deps.vendors.sws(c.req.param('tenant') ?? '')

/** /api/t/:tenant/sws/sessions/:sessionId — one session's header and step timeline (the player). */
export const swsSessionPlayerRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, async (c) => {
    const sessionId = sessionIdOf(c)
    const header: SwsSessionHeader = await readSessionHeader(await swsOf(c), sessionId, c.var.requestId)
    // Who watched what: opening a session is audited.
    await recordAudit(c, {
      action: 'sws.session.view',
      tenantId: c.req.param('tenant'),
      target: `session ${sessionId}${header.user ? ` of ${header.user.username}` : ''}${header.application ? ` in ${header.application.name}` : ''}`,
      result: 'success',
      details: { sessionId, source: header.source, stepsCount: header.stepsCount },
    })
    return c.json(header, 200)
  })
  .get('/steps', read, validate('query', swsStepsQuerySchema), async (c) => {
    const { page, pageSize, ...filter } = c.req.valid('query')
    const result = await readStepsPage(await swsOf(c), sessionIdOf(c), stepQuery(filter), (page - 1) * pageSize, pageSize, c.var.requestId)
    return c.json({ items: result.items, total: result.total, page, pageSize } satisfies SwsStepsPage, 200)
  })
  .get('/steps/search', read, validate('query', swsStepSearchQuerySchema), async (c) => {
    const { page, pageSize, q, ...filter } = c.req.valid('query')
    // Matches come without their timeline position (the gateway answers matches only); the player locates one on demand.
    const result = await readStepsPage(await swsOf(c), sessionIdOf(c), stepQuery(filter, q), (page - 1) * pageSize, pageSize, c.var.requestId)
    const items = result.items.map((item) => ({ ...item, index: -1 }))
    return c.json({ items, total: result.total, page, pageSize } satisfies SwsStepsPage, 200)
  })
  .get('/steps/locate', read, validate('query', swsStepLocateQuerySchema), async (c) => {
    const { time, ...filter } = c.req.valid('query')
    const location = await locateStep(await swsOf(c), sessionIdOf(c), stepQuery(filter), time, c.var.requestId)
    return c.json(location satisfies SwsStepLocation, 200)
  })
  .get('/steps/markers', read, validate('query', swsStepFilterSchema), async (c) => {
    const markers = await readStepMarkers(await swsOf(c), sessionIdOf(c), stepQuery(c.req.valid('query')), c.var.requestId)
    return c.json(markers satisfies SwsStepMarkers, 200)
  })
  .get('/steps/export.csv', read, exportCsv, validate('query', swsStepExportQuerySchema), async (c) => {
    const sessionId = sessionIdOf(c)
    const { q, ...filter } = c.req.valid('query')
    const sws = await swsOf(c)
    const steps = iterateSteps(sws, sessionId, stepQuery(filter, q), { requestId: c.var.requestId })
    async function* rows() {
      let number = 0
      for await (const batch of steps) yield batch.map((wire) => stepCsvRow(stepView(wire, number), ++number))
    }
    return csvDownload(c, {
      filename: `sws-session-${sessionId}-steps.csv`,
      columns: STEP_CSV_COLUMNS,
      batches: rows(),
      onEnd: ({ result, rows: count, why }) =>
        recordAudit(c, {
          action: 'sws.session.export-steps',
          tenantId: c.req.param('tenant'),
          target: `session ${sessionId}`,
          result,
          details: { sessionId, format: 'csv', filter: { ...filter, ...(q ? { q } : {}) }, rows: count, ...(why ? { why } : {}) },
        }),
    })
  })

export type SwsSessionPlayerRoutes = typeof swsSessionPlayerRoutes
