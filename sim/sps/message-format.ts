import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

// The SPS REST message format (seed 003 "Message format", sps.md §3): every answer is an object
// with a `meta` plus `key`/`body` (one object), `items` (a listing of `{key, meta: {href}}`), or
// neither (after PUT/DELETE). References to other objects are `{key, meta: {href}}` in answers and
// plain keys in requests. In the configuration tree `first`/`last`/`next`/`previous` navigate
// between siblings, not pages, and `transaction` always points at `/api/transaction`.

export const TRANSACTION_HREF = '/api/transaction'

export type Href = string

export interface SiblingLinks {
  readonly first: Href | null
  readonly last: Href | null
  readonly next: Href | null
  readonly previous: Href | null
}

export interface Reference {
  readonly key: string
  readonly meta: { readonly href: Href }
}

export function parentHref(href: Href): Href | null {
  const cut = href.lastIndexOf('/')
  return cut <= 0 ? null : href.slice(0, cut)
}

export function childHref(parent: Href, key: string): Href {
  return `${parent}/${encodeURIComponent(key)}`
}

export function reference(collectionHref: Href, key: string): Reference {
  return { key, meta: { href: childHref(collectionHref, key) } }
}

export function referenceOrNull(collectionHref: Href, key: string | null): Reference | null {
  return key === null ? null : reference(collectionHref, key)
}

/** Links to the first, last, next and previous of `siblings` as seen from `self`. */
export function siblingLinks(siblings: readonly Href[], self: Href): SiblingLinks {
  const index = siblings.indexOf(self)
  return {
    first: siblings[0] ?? null,
    last: siblings[siblings.length - 1] ?? null,
    next: index >= 0 ? (siblings[index + 1] ?? null) : null,
    previous: index > 0 ? (siblings[index - 1] ?? null) : null,
  }
}

export interface ConfigurationMeta extends SiblingLinks {
  readonly href: Href
  readonly parent: Href | null
  readonly transaction: Href
  readonly remaining_seconds?: number
}

/** The meta of a configuration endpoint or object (7.x adds the session's remaining seconds). */
export function configurationMeta(href: Href, siblings: readonly Href[], remainingSeconds: number | null): ConfigurationMeta {
  return {
    ...siblingLinks(siblings, href),
    href,
    parent: parentHref(href),
    transaction: TRANSACTION_HREF,
    ...(remainingSeconds === null ? {} : { remaining_seconds: remainingSeconds }),
  }
}

/** `{key, meta: {href}}` entries of a listing. */
export function listingItems(collectionHref: Href, keys: readonly string[]): Reference[] {
  return keys.map((key) => reference(collectionHref, key))
}

/**
 * SPS answers with object keys in alphabetical order at every level (every sample in the guides
 * does); clients must not rely on it, but a faithful simulator keeps it.
 */
export function sortKeysDeep(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeysDeep)
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value).sort()) out[key] = sortKeysDeep((value as Record<string, unknown>)[key])
  return out
}

export function spsJson(c: Context, body: unknown, status: ContentfulStatusCode = 200): Response {
  return c.json(sortKeysDeep(body) as Record<string, unknown>, status)
}
