import type { Hono } from 'hono'
import { spsJson } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'

// `GET /api/info`: the firmware version (safeguard-ps reads `body.firmware_version` and
// `body.version`), and `/api` and `/api/audit` as navigable directories of what is served.

const API_CHILDREN = ['audit', 'configuration', 'info', 'transaction']

export function registerInfoRoutes(api: Hono<SpsEnv>, runtime: SpsRuntime): void {
  api.get('/api/info', (c) =>
    spsJson(c, {
      body: { firmware_version: runtime.version.version, version: runtime.version.version },
      key: 'info',
      meta: { href: '/api/info', parent: '/api' },
    }),
  )
  api.all('/api/info', (c) => methodNotAllowed(c, ['GET']))

  api.get('/api', (c) =>
    spsJson(c, { items: API_CHILDREN.map((name) => ({ key: name, meta: { href: `/api/${name}` } })), meta: { href: '/api', parent: null } }),
  )
  api.get('/api/audit', (c) =>
    spsJson(c, { items: [{ key: 'sessions', meta: { href: '/api/audit/sessions' } }], meta: { href: '/api/audit', parent: '/api' } }),
  )
}
