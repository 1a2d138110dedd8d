import type { Context, Hono } from 'hono'
import type { ConfigCollectionSpec, ParseOutcome, Refusal } from '../config/config-collection'
import { siblingHrefs } from '../config/config-tree'
import type { SpsConfigRecords, SpsConfigStoreName } from '../data/sps-data'
import { childHref, configurationMeta, listingItems, parentHref, spsJson, TRANSACTION_HREF } from '../message-format'
import type { SpsEnv } from '../sps-env'
import { methodNotAllowed, notFound, semanticError } from '../sps-error'
import type { SpsRuntime } from '../sps-runtime'
import { checkConfigWrite, checkPermission, stageChanges } from './access-errors'
import { readJsonObject } from './request-json'

// Listing, reading, creating (POST → 201 with the new key), replacing (PUT the whole object) and
// deleting configuration objects, all staged in the session's transaction (seed 003). A
// singleton such as `aaa/settings` is read and replaced at its own path.
//
// Answers follow seed 003: POST → `{key, meta: {href, parent, transaction}}`; PUT and DELETE →
// only a `meta` with the object's sibling links (for DELETE, as they were before the delete).
// Seed 003 lists 201 as the success code of PUT too, so PUT answers 201.

type Ctx = Context<SpsEnv>

/** The `:key` of an object path (the path is built at run time, so Hono cannot type it). */
function keyParam(c: Ctx): string {
  return c.req.param('key') ?? ''
}

function refused(c: Ctx, refusal: Refusal): Response {
  return semanticError(c, refusal.message, [], refusal.details)
}

function invalid(c: Ctx, outcome: Extract<ParseOutcome<unknown>, { ok: false }>): Response {
  return semanticError(c, outcome.message, outcome.errors)
}

export function registerConfigurationObjectRoutes<N extends SpsConfigStoreName>(api: Hono<SpsEnv>, runtime: SpsRuntime, spec: ConfigCollectionSpec<N>): void {
  const remaining = (c: Ctx): number | null => runtime.metaRemainingSeconds(c.get('spsSession'))
  const nowSeconds = (): number => Math.floor(runtime.now() / 1000)
  const objectHref = (key: string): string => (spec.singletonKey ? spec.href : childHref(spec.href, key))
  /** Siblings of an object: the other objects of its collection, or for a singleton its tree siblings. */
  const objectSiblings = (keys: readonly string[]): string[] => (spec.singletonKey ? siblingHrefs(spec.href) : keys.map((key) => childHref(spec.href, key)))

  const read = (c: Ctx, key: string): Response => {
    const refusal = checkPermission(c, spec.aclObject, 'read')
    if (refusal) return refusal
    const view = runtime.viewFor(c.get('spsSession'))
    const record = view.get(spec.store, key)
    if (!record) return notFound(c)
    return spsJson(c, {
      body: spec.toBody(record),
      key,
      meta: configurationMeta(objectHref(key), objectSiblings(view.keys(spec.store)), remaining(c)),
    })
  }

  const replace = async (c: Ctx, key: string): Promise<Response> => {
    const blocked = checkConfigWrite(c, runtime, spec.aclObject)
    if (blocked) return blocked
    const view = runtime.viewFor(c.get('spsSession'))
    const previous = view.get(spec.store, key)
    if (!previous) return notFound(c)
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const blockedChanges = spec.refuseChanges?.(view)
    if (blockedChanges) return refused(c, blockedChanges)
    const parsed = spec.parse(body.value, { view, key, previous, nowSeconds: nowSeconds() })
    if (!parsed.ok) return invalid(c, parsed)
    const refusal = spec.refuseReplace?.(previous, parsed.record, view)
    if (refusal) return refused(c, refusal)
    const transaction = stageChanges(c, runtime)
    transaction.changes.put(spec.store, parsed.record)
    transaction.changes.record({ type: 'replace', path: objectHref(key), old_value: spec.toStored(previous), new_value: spec.toStored(parsed.record) })
    return spsJson(c, { meta: configurationMeta(objectHref(key), objectSiblings(view.keys(spec.store)), remaining(c)) }, 201)
  }

  if (spec.singletonKey) {
    const key = spec.singletonKey
    api.get(spec.href, (c) => read(c, key))
    api.put(spec.href, (c) => replace(c, key))
    api.all(spec.href, (c) => methodNotAllowed(c, ['GET', 'PUT']))
    return
  }

  api.get(spec.href, (c) => {
    const refusal = checkPermission(c, spec.aclObject, 'read')
    if (refusal) return refusal
    const keys = runtime.viewFor(c.get('spsSession')).keys(spec.store)
    return spsJson(c, { items: listingItems(spec.href, keys), meta: configurationMeta(spec.href, siblingHrefs(spec.href), remaining(c)) })
  })

  api.post(spec.href, async (c) => {
    const blocked = checkConfigWrite(c, runtime, spec.aclObject)
    if (blocked) return blocked
    const body = await readJsonObject(c)
    if (!body.ok) return body.response
    const view = runtime.viewFor(c.get('spsSession'))
    const blockedChanges = spec.refuseChanges?.(view)
    if (blockedChanges) return refused(c, blockedChanges)
    const key = runtime.newObjectKey()
    const parsed = spec.parse(body.value, { view, key, previous: undefined, nowSeconds: nowSeconds() })
    if (!parsed.ok) return invalid(c, parsed)
    const transaction = stageChanges(c, runtime)
    transaction.changes.put(spec.store, parsed.record)
    transaction.changes.record({ type: 'create', path: objectHref(key), new_value: spec.toStored(parsed.record as SpsConfigRecords[N]) })
    const href = objectHref(key)
    const extra = remaining(c)
    return spsJson(c, { key, meta: { href, parent: parentHref(href), transaction: TRANSACTION_HREF, ...(extra === null ? {} : { remaining_seconds: extra }) } }, 201)
  })

  api.all(spec.href, (c) => methodNotAllowed(c, ['GET', 'POST']))

  const itemPath = `${spec.href}/:key`
  api.get(itemPath, (c) => read(c, keyParam(c)))
  api.put(itemPath, (c) => replace(c, keyParam(c)))

  api.delete(itemPath, (c) => {
    const blocked = checkConfigWrite(c, runtime, spec.aclObject)
    if (blocked) return blocked
    const key = keyParam(c)
    const view = runtime.viewFor(c.get('spsSession'))
    const record = view.get(spec.store, key)
    if (!record) return notFound(c)
    const refusal = spec.refuseChanges?.(view) ?? spec.refuseDelete?.(record, view)
    if (refusal) return refused(c, refusal)
    const siblingsBefore = objectSiblings(view.keys(spec.store))
    const transaction = stageChanges(c, runtime)
    transaction.changes.remove(spec.store, key)
    transaction.changes.record({ type: 'delete', path: objectHref(key), old_value: spec.toStored(record) })
    return spsJson(c, { meta: configurationMeta(objectHref(key), siblingsBefore, remaining(c)) })
  })

  api.all(itemPath, (c) => methodNotAllowed(c, ['GET', 'PUT', 'DELETE']))
}
