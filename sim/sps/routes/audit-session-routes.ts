import type { Hono } from 'hono'
import { ACL_OBJECTS } from '../auth/sps-privileges'
import { MAX_RESULTS, pageLinks, readPage } from '../audit/paging'
import { AUDIT_SESSIONS_HREF, pickFields, sessionBody, sessionHref } from '../audit/session-body'
import { searchSessions } from '../audit/session-search'
import { SessionSearchIndex } from '../audit/session-search-index'
import { spsJson } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed, notFound, spsError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import { checkPermission } from './access-errors'

// `GET /api/audit/sessions` (search, paging, `fields`, `match_count`) and
// `GET /api/audit/sessions/<id>` (one session). Searching needs the `search` privilege.


/** Query parameters kept in paging links after `limit`, `offset` and `fields` (the sample's order). */
const KEPT_PARAMETERS = ['q', 'start', 'end', 'sort'] as const

export function registerAuditSessionRoutes(api: Hono<SpsEnv>, runtime: SpsRuntime): void {
  // Built on the first search and kept: the generated sessions never change.
  const index = new SessionSearchIndex(runtime.data.auditSessions)

  api.get(AUDIT_SESSIONS_HREF, (c) => {
    const refused = checkPermission(c, ACL_OBJECTS.search, 'read')
    if (refused) return refused
    const page = readPage(c.req.query('limit'), c.req.query('offset'))
    const fieldsText = c.req.query('fields') ?? ''
    const fields = fieldsText.split(',').map((field) => field.trim()).filter(Boolean)
    const search = searchSessions(runtime.data.auditSessions, index, { q: c.req.query('q'), start: c.req.query('start'), end: c.req.query('end'), sort: c.req.query('sort') }, page)
    if (!search.ok) return spsError(c, 400, 'SyntacticError', search.message)

    const kept = KEPT_PARAMETERS.flatMap((name) => {
      const value = c.req.query(name)
      return value === undefined ? [] : [`&${name}=${encodeURIComponent(value)}`]
    }).join('')
    const url = (offset: number): string => `${AUDIT_SESSIONS_HREF}?limit=${page.limit}&offset=${offset}&fields=${fields.map(encodeURIComponent).join(',')}${kept}`
    const remaining = runtime.metaRemainingSeconds(c.get('spsSession'))
    return spsJson(c, {
      items: search.sessions.map((session) => ({
        key: session.key,
        meta: { href: sessionHref(session.key) },
        ...(fields.length ? { body: pickFields(sessionBody(session), fields) } : {}),
      })),
      meta: {
        ...pageLinks(page, Math.min(search.matchCount, MAX_RESULTS), url),
        fields,
        href: AUDIT_SESSIONS_HREF,
        limit: page.limit,
        match_count: search.matchCount,
        offset: page.offset,
        parent: '/api/audit',
        ...(remaining === null ? {} : { remaining_seconds: remaining }),
      },
    })
  })
  api.all(AUDIT_SESSIONS_HREF, (c) => methodNotAllowed(c, ['GET']))

  api.get(`${AUDIT_SESSIONS_HREF}/:id`, (c) => {
    const refused = checkPermission(c, ACL_OBJECTS.search, 'read')
    if (refused) return refused
    const session = runtime.data.auditSessions.get(c.req.param('id'))
    if (!session) return notFound(c)
    const remaining = runtime.metaRemainingSeconds(c.get('spsSession'))
    return spsJson(c, {
      body: sessionBody(session),
      key: session.key,
      meta: { href: sessionHref(session.key), parent: AUDIT_SESSIONS_HREF, ...(remaining === null ? {} : { remaining_seconds: remaining }) },
    })
  })
  api.all(`${AUDIT_SESSIONS_HREF}/:id`, (c) => methodNotAllowed(c, ['GET']))
}
