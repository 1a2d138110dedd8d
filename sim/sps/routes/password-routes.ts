import type { Hono } from 'hono'
import { z } from 'zod'
import { CONFIG_HREFS } from '../config/config-tree'
import { checkBody } from '../config/request-body-schema'
import { sha256Hex, type SpsPasswordObject } from '../data/sps-local-users'
import { canWriteSomething } from '../auth/sps-privileges'
import { childHref, configurationMeta, parentHref, spsJson, TRANSACTION_HREF } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed, notFound, semanticError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import { checkConfigWrite, forbidden, stageChanges } from './access-errors'
import { readJsonObject } from './request-json'

// `/api/configuration/passwords` (sps.md §7.4): POST `{"plain": "…"}` (or `{"hash": "<sha256
// hex>"}`, field name UNSURE) creates a password object and answers its key; the collection
// cannot be listed, and password objects cannot be changed or deleted: to change a password,
// create a new object and point the user at it. A password object is usable once (seed 004).

const passwordBody = z.union([
  z.object({ plain: z.string().min(1) }),
  z.object({ hash: z.string().regex(/^[0-9a-fA-F]{64}$/, 'expected a SHA-256 hash in hex') }),
])

export function registerPasswordRoutes(api: Hono<SpsEnv>, runtime: SpsRuntime): void {
  const href = CONFIG_HREFS.passwords

  api.post(href, async (c) => {
    // Passwords serve every area (users, LDAP binds, connections): any write privilege may create one.
    if (!canWriteSomething(c.get('spsSession').privileges)) return forbidden(c)
    const blocked = checkConfigWrite(c, runtime, null)
    if (blocked) return blocked
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const checked = checkBody(passwordBody, body.value)
    if (!checked.ok) return semanticError(c, 'Send the password as {"plain": "<password>"}.', checked.errors)
    const sha256 = 'plain' in checked.value ? sha256Hex(checked.value.plain) : checked.value.hash.toLowerCase()
    const record: SpsPasswordObject = { key: runtime.newObjectKey(), internal: { sha256 } }
    const transaction = stageChanges(c, runtime)
    transaction.changes.put('passwords', record)
    const objectHref = childHref(href, record.key)
    // The changelog never shows the secret.
    transaction.changes.record({ type: 'create', path: objectHref, new_value: {} })
    const remaining = runtime.metaRemainingSeconds(c.get('spsSession'))
    return spsJson(
      c,
      { key: record.key, meta: { href: objectHref, parent: parentHref(objectHref), transaction: TRANSACTION_HREF, ...(remaining === null ? {} : { remaining_seconds: remaining }) } },
      201,
    )
  })
  api.all(href, (c) => methodNotAllowed(c, ['POST']))

  // Shows that the object exists, never the secret (what the real body holds is UNSURE).
  api.get(`${href}/:key`, (c) => {
    const key = c.req.param('key') ?? ''
    if (!runtime.viewFor(c.get('spsSession')).get('passwords', key)) return notFound(c)
    const objectHref = childHref(href, key)
    return spsJson(c, { body: {}, key, meta: configurationMeta(objectHref, [objectHref], runtime.metaRemainingSeconds(c.get('spsSession'))) })
  })
  api.all(`${href}/:key`, (c) => methodNotAllowed(c, ['GET']))
}
