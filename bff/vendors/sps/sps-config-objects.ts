import { vendorFailure } from '../http/vendor-errors'

// SPS's configuration message format (seed 003/004): a collection answers `items` of
// `{key, meta}`; an object answers `{key, body, meta}`; references are `{key, meta}` in answers
// and plain keys in requests.

/** Reads one SPS path and answers its parsed JSON (the shared or the operator's session). */
export type SpsRead = (path: string) => Promise<unknown>

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)

/** The keys a collection lists. */
export function collectionKeys(value: unknown): string[] {
  const items = isRecord(value) && Array.isArray(value.items) ? value.items : null
  if (!items) throw vendorFailure('sps', 'answered a configuration list without items.')
  return items.flatMap((item) => (isRecord(item) && typeof item.key === 'string' ? [item.key] : []))
}

/** `{key, body}` of one object answer. */
export function objectOf(value: unknown): { key: string; body: Record<string, unknown> } {
  if (!isRecord(value) || typeof value.key !== 'string' || !isRecord(value.body)) throw vendorFailure('sps', 'answered a configuration object without key or body.')
  return { key: value.key, body: value.body }
}

/** The key of a reference: `{key, meta}` in answers, a plain key in requests and changelogs. */
export function referenceKey(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (isRecord(value) && typeof value.key === 'string') return value.key
  return null
}

/** Every object of a collection: its list, then each object (SPS lists keys only). */
export async function readCollection(read: SpsRead, path: string): Promise<Array<{ key: string; body: Record<string, unknown> }>> {
  const keys = collectionKeys(await read(path))
  // The HTTP client caps requests per connection, so a long list does not flood the appliance.
  return Promise.all(keys.map(async (key) => objectOf(await read(`${path}/${encodeURIComponent(key)}`))))
}

export const stringOr = (value: unknown, fallback: string): string => (typeof value === 'string' ? value : fallback)
export { isRecord }
