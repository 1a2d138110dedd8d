import type { Context, Hono } from 'hono'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import { isoMillisUtc, localMicros, localMillis } from '../audit/audit-times'
import { auditTrailBytes, auditTrailFileName } from '../audit/audit-trail-file'
import { matchesQuery, parseLuceneQuery, QuerySyntaxError, type QueryNode } from '../audit/lucene-query'
import { pageLinks, readPage } from '../audit/paging'
import { AUDIT_SESSIONS_HREF, sessionHref } from '../audit/session-body'
import type { SpsAuditSession } from '../data/sps-audit-sessions'
import { spsSessionContent, type SpsSessionChannel, type SpsSessionEvent, type SpsSessionContent } from '../data/sps-session-content'
import { spsJson } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed, notFound, spsError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import { checkPermission } from './access-errors'

// What SPS extracted from one recorded session, under `/api/audit/sessions/<id>/…`: `alerts`,
// `channels` (and `channels/<n>`), `events`, `indexing`, `trail_downloads`, the indexed content
// search `content?q=` and the audit trail download itself (binary; each download is recorded
// in `trail_downloads` with `from_api: true`).

type Ctx = Context<SpsEnv>

interface SessionInContext {
  readonly session: SpsAuditSession
  readonly content: SpsSessionContent
}

function formatEvent(event: SpsSessionEvent): Record<string, unknown> {
  return { ...event, time: localMillis(event.time) }
}

function formatChannel(sessionKey: string, channel: SpsSessionChannel): Record<string, unknown> {
  const { key, details, ...fields } = channel
  return { key, meta: { href: `${sessionHref(sessionKey)}/channels/${key}` }, body: { ...fields, ...details } }
}

export function registerAuditSessionContentRoutes(api: Hono<SpsEnv>, runtime: SpsRuntime): void {
  const base = `${AUDIT_SESSIONS_HREF}/:id`

  /** The session named in the path, its extracted content, or the refusal. */
  const load = (c: Ctx): SessionInContext | Response => {
    const refused = checkPermission(c, ACL_OBJECTS.search, 'read')
    if (refused) return refused
    const session = runtime.data.auditSessions.get(c.req.param('id') ?? '')
    if (!session) return notFound(c)
    return { session, content: spsSessionContent(runtime.data.options, session) }
  }

  /** A paged `items` listing with the sub-resource's meta (`…/alerts?limit=500&offset=0`). */
  const listing = (c: Ctx, session: SpsAuditSession, name: string, all: readonly unknown[], extraQuery = ''): Response => {
    const page = readPage(c.req.query('limit'), c.req.query('offset'))
    const href = `${sessionHref(session.key)}/${name}`
    const remaining = runtime.metaRemainingSeconds(c.get('spsSession'))
    return spsJson(c, {
      items: all.slice(page.offset, page.offset + page.limit),
      meta: {
        ...pageLinks(page, all.length, (offset) => `${href}?limit=${page.limit}&offset=${offset}${extraQuery}`),
        href,
        limit: page.limit,
        offset: page.offset,
        parent: sessionHref(session.key),
        ...(remaining === null ? {} : { remaining_seconds: remaining }),
      },
    })
  }

  const subResource = (name: string, items: (loaded: SessionInContext) => readonly unknown[]): void => {
    api.get(`${base}/${name}`, (c) => {
      const loaded = load(c)
      return loaded instanceof Response ? loaded : listing(c, loaded.session, name, items(loaded))
    })
    api.all(`${base}/${name}`, (c) => methodNotAllowed(c, ['GET']))
  }

  subResource('alerts', ({ content }) => content.alerts.map((alert) => ({ ...alert, time: localMicros(alert.time) })))
  subResource('events', ({ content }) => content.events.map(formatEvent))
  subResource('channels', ({ session, content }) => content.channels.map((channel) => formatChannel(session.key, channel)))
  subResource('indexing', ({ content }) => content.indexing)
  subResource('trail_downloads', ({ session, content }) =>
    [...content.trailDownloads, ...runtime.data.trailDownloads.of(session.key)].map((download) => ({ ...download, time: isoMillisUtc(download.time) })),
  )

  api.get(`${base}/channels/:channel`, (c) => {
    const loaded = load(c)
    if (loaded instanceof Response) return loaded
    const channel = loaded.content.channels.find((candidate) => candidate.key === c.req.param('channel'))
    if (!channel) return notFound(c)
    const { body, key, meta } = formatChannel(loaded.session.key, channel) as { body: unknown; key: string; meta: { href: string } }
    return spsJson(c, { body, key, meta: { href: meta.href, parent: `${sessionHref(loaded.session.key)}/channels` } })
  })

  // "Not using the ?q option or an empty ?q will result in an empty items list"; the expression
  // must not begin with the * wildcard.
  api.get(`${base}/content`, (c) => {
    const loaded = load(c)
    if (loaded instanceof Response) return loaded
    const q = (c.req.query('q') ?? '').trim()
    if (q.startsWith('*')) return spsError(c, 400, 'SyntacticError', 'The search expression cannot begin with the * wildcard.')
    let query: QueryNode | null = null
    if (q !== '') {
      try {
        query = parseLuceneQuery(q)
      } catch (error) {
        if (error instanceof QuerySyntaxError) return spsError(c, 400, 'SyntacticError', `Invalid search expression: ${error.message}.`)
        throw error
      }
    }
    const matching =
      query === null
        ? []
        : loaded.content.events.filter((event) =>
            matchesQuery(query, {
              field: (name) => (name === 'action' || name === 'content' || name === 'type' ? [event[name]] : undefined),
              texts: () => [event.content],
            }),
          )
    return listing(c, loaded.session, 'content', matching.map(formatEvent), `&q=${encodeURIComponent(q)}`)
  })
  api.all(`${base}/content`, (c) => methodNotAllowed(c, ['GET']))

  api.get(`${base}/audit_trail`, (c) => {
    const loaded = load(c)
    if (loaded instanceof Response) return loaded
    const session = c.get('spsSession')
    runtime.data.trailDownloads.record(loaded.session.key, {
      from_api: true,
      ip_address: c.env?.incoming?.socket.remoteAddress?.replace(/^::ffff:/, '') ?? '127.0.0.1',
      time: runtime.now(),
      username: session.username,
    })
    const bytes = auditTrailBytes(runtime.context.seed, loaded.session)
    c.header('Content-Type', 'application/octet-stream')
    c.header('Content-Disposition', `attachment; filename="${auditTrailFileName(loaded.session)}"`)
    c.header('Content-Length', String(bytes.byteLength))
    return c.body(bytes.buffer as ArrayBuffer)
  })
  api.all(`${base}/audit_trail`, (c) => methodNotAllowed(c, ['GET']))
}
