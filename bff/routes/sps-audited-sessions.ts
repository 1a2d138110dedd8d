import type { IncomingMessage } from 'node:http'
import { Hono, type Context } from 'hono'
import {
  spsAuditedSessionExportQuerySchema,
  spsAuditedSessionListQuerySchema,
  spsAuditedSessionParamsSchema,
  spsSessionContentQuerySchema,
  spsSessionPartQuerySchema,
  spsTrailAuditTarget,
  type SpsAuditedSessionSummary,
  type SpsTrailDownloadByOperator,
  type SpsTrailDownloads,
} from '../../contract/sps-audited-sessions'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { csvDownload, isoCell, type CsvCell } from '../http/csv-export'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import {
  listSpsSessionChannels,
  listSpsSessionEvents,
  listSpsTrailDownloads,
  openSpsAuditTrail,
  readSpsAuditedSession,
  searchSpsAuditedSessions,
  searchSpsSessionContent,
  spsAuditedSessionsInBatches,
} from '../vendors/sps/sps-audited-sessions-api'

// SPS audited sessions (issue 11): search with paging and a CSV export, one session with its
// channels, events and content search, the audit trail streamed through (audited), and who
// downloaded it.

const read = requirePermission('sps.audited-sessions.read')
const exportCsv = requirePermission('export.csv')

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const sps = (c: Context<AppEnv>) => c.var.deps.vendors.sps(tenantOf(c))

const DOWNLOAD_ACTION = 'sps.audited-session.download-trail' as const
/** The newest console downloads shown for one trail. */
const DOWNLOADS_SHOWN = 100

export const spsAuditedSessionRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, validate('query', spsAuditedSessionListQuerySchema), async (c) => {
    return c.json(await searchSpsAuditedSessions(await sps(c), c.req.valid('query'), c.var.deps.now(), c.var.requestId), 200)
  })
  .get('/export.csv', read, exportCsv, validate('query', spsAuditedSessionExportQuerySchema), async (c) => {
    const { sort, ...filter } = c.req.valid('query')
    const connection = await sps(c)
    const now = c.var.deps.now()
    return csvDownload(c, {
      filename: `sps-audited-sessions-${tenantOf(c)}-${now.toISOString().slice(0, 10)}.csv`,
      columns: CSV_COLUMNS,
      batches: csvBatches(spsAuditedSessionsInBatches(connection, filter, sort, now, c.var.requestId)),
      onEnd: ({ result, rows, why }) =>
        recordAudit(c, {
          action: 'sps.audited-sessions.export',
          tenantId: tenantOf(c),
          result,
          details: { format: 'csv', filter, sort, rows, ...(why ? { why } : {}) },
        }),
    })
  })
  .get('/:sessionId', read, validate('param', spsAuditedSessionParamsSchema), async (c) => {
    return c.json(await readSpsAuditedSession(await sps(c), c.req.valid('param').sessionId, c.var.requestId), 200)
  })
  .get('/:sessionId/channels', read, validate('param', spsAuditedSessionParamsSchema), validate('query', spsSessionPartQuerySchema), async (c) => {
    return c.json(await listSpsSessionChannels(await sps(c), c.req.valid('param').sessionId, c.req.valid('query'), c.var.requestId), 200)
  })
  .get('/:sessionId/events', read, validate('param', spsAuditedSessionParamsSchema), validate('query', spsSessionPartQuerySchema), async (c) => {
    return c.json(await listSpsSessionEvents(await sps(c), c.req.valid('param').sessionId, c.req.valid('query'), c.var.requestId), 200)
  })
  .get('/:sessionId/content', read, validate('param', spsAuditedSessionParamsSchema), validate('query', spsSessionContentQuerySchema), async (c) => {
    const { q, ...paging } = c.req.valid('query')
    return c.json(await searchSpsSessionContent(await sps(c), c.req.valid('param').sessionId, q, paging, c.var.requestId), 200)
  })
  .get('/:sessionId/trail-downloads', read, validate('param', spsAuditedSessionParamsSchema), async (c) => {
    const { sessionId } = c.req.valid('param')
    const [appliance, console] = await Promise.all([listSpsTrailDownloads(await sps(c), sessionId, c.var.requestId), consoleDownloads(c, sessionId)])
    return c.json({ console, appliance } satisfies SpsTrailDownloads, 200)
  })
  .get('/:sessionId/audit-trail', read, validate('param', spsAuditedSessionParamsSchema), async (c) => {
    const { sessionId } = c.req.valid('param')
    const audit = (result: 'success' | 'failure', details: Record<string, unknown>) =>
      recordAudit(c, { action: DOWNLOAD_ACTION, target: spsTrailAuditTarget(sessionId), tenantId: tenantOf(c), result, details })
    let trail
    try {
      trail = await openSpsAuditTrail(await sps(c), sessionId, c.var.requestId)
    } catch (error) {
      await audit('failure', { why: error instanceof Error ? error.message : 'the download could not start' })
      throw error
    }
    const { fileName, size } = trail
    const stream = streamAudited(trail.body, (outcome) => audit(outcome.result, { fileName, bytes: outcome.bytes, ...(outcome.why ? { why: outcome.why } : {}) }))
    return c.body(stream, 200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'X-Content-Type-Options': 'nosniff',
      ...(size === null ? {} : { 'Content-Length': String(size) }),
    })
  })

export type SpsAuditedSessionRoutes = typeof spsAuditedSessionRoutes

interface StreamOutcome {
  result: 'success' | 'failure'
  bytes: number
  why?: string
}

/**
 * The vendor's body as a web stream, read as the client reads (pull, so backpressure reaches SPS
 * and the file is never held whole); `onEnd` runs once, before the client sees the end.
 */
function streamAudited(body: IncomingMessage, onEnd: (outcome: StreamOutcome) => Promise<unknown>): ReadableStream<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  let bytes = 0
  let ended = false
  const end = async (outcome: Omit<StreamOutcome, 'bytes'>) => {
    if (ended) return
    ended = true
    await onEnd({ ...outcome, bytes }).catch(() => {})
  }
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const next = await chunks.next()
        if (next.done) {
          await end({ result: 'success' })
          controller.close()
          return
        }
        bytes += next.value.byteLength
        controller.enqueue(new Uint8Array(next.value.buffer, next.value.byteOffset, next.value.byteLength))
      } catch (error) {
        await end({ result: 'failure', why: 'SPS broke off the download' })
        controller.error(error)
      }
    },
    async cancel() {
      body.destroy()
      await end({ result: 'failure', why: 'the client stopped reading' })
    },
  })
}

/** Console downloads of one trail, newest first, from the console's own audit log. */
async function consoleDownloads(c: Context<AppEnv>, sessionId: string): Promise<SpsTrailDownloadByOperator[]> {
  const rows = await c.var.deps.db
    .selectFrom('audit_log')
    .select(['at', 'actor', 'result', 'details'])
    .where('action', '=', DOWNLOAD_ACTION)
    .where('tenant_id', '=', tenantOf(c))
    .where('target', '=', spsTrailAuditTarget(sessionId))
    .orderBy('seq', 'desc')
    .limit(DOWNLOADS_SHOWN)
    .execute()
  return rows.map((row) => {
    const details = (typeof row.details === 'string' ? JSON.parse(row.details) : row.details) as { bytes?: unknown } | null
    return {
      at: new Date(row.at).toISOString(),
      actor: row.actor,
      result: row.result === 'success' || row.result === 'denied' ? row.result : 'failure',
      bytes: typeof details?.bytes === 'number' ? details.bytes : null,
    }
  })
}

const CSV_COLUMNS = [
  'session_id',
  'started',
  'ended',
  'duration_seconds',
  'active',
  'protocol',
  'gateway_username',
  'server_username',
  'client_ip',
  'client_name',
  'server_ip',
  'server_name',
  'server_port',
  'verdict',
  'connection_policy',
  'channel_policy',
] as const

function csvRow(session: SpsAuditedSessionSummary): CsvCell[] {
  return [
    session.id,
    isoCell(session.startedAt),
    isoCell(session.endedAt),
    session.durationSeconds,
    session.active,
    session.protocol,
    session.gatewayUsername,
    session.serverUsername,
    session.client.ip,
    session.client.name,
    session.server.ip,
    session.server.name,
    session.server.port,
    session.verdict,
    session.connectionPolicy,
    session.channelPolicy,
  ]
}

async function* csvBatches(sessions: AsyncGenerator<SpsAuditedSessionSummary[]>): AsyncGenerator<CsvCell[][]> {
  for await (const batch of sessions) yield batch.map(csvRow)
}
