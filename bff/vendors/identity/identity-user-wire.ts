import { vendorFailure } from '../http/vendor-errors'

// Reading Identity's wire values: /Date(ms)/ dates, "True"/"False" strings, Redrock tables.

/** .NET DateTime.MinValue, which Identity writes for "never". */
const NEVER_MS = -62135596800000

/** ISO 8601 for a `/Date(ms)/` (or an ISO string); null for null, "never" and anything unreadable. */
export function identityDate(value: unknown): string | null {
  if (typeof value !== 'string' || value === '') return null
  const match = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/.exec(value)
  const ms = match ? Number(match[1]) : Date.parse(value)
  if (!Number.isFinite(ms) || ms <= NEVER_MS) return null
  return new Date(ms).toISOString()
}

/** Text, or null for null, absent and empty. */
export function identityText(value: unknown): string | null {
  if (typeof value === 'string') return value === '' ? null : value
  if (typeof value === 'number') return String(value)
  return null
}

/** Booleans as Identity writes them: true/false, or "True"/"False" in some answers. */
export function identityBool(value: unknown): boolean {
  if (typeof value === 'boolean') return value
  if (typeof value === 'string') return value.trim().toLowerCase() === 'true'
  return false
}

export function asRecord(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw vendorFailure('identity', `answered ${what} without an object.`)
  return value as Record<string, unknown>
}

export interface RedrockTable {
  rows: Record<string, unknown>[]
  /** Every match (FullCount), or null when the answer does not say. */
  fullCount: number | null
}

/** `{Results: [{Row}], FullCount}` → rows; Count/FullCount spelt either way. */
export function redrockRows(value: unknown, what: string): RedrockTable {
  const table = asRecord(value, what)
  const results = Array.isArray(table.Results) ? table.Results : null
  if (!results) throw vendorFailure('identity', `answered ${what} without Results.`)
  const rows = results.map((result) => asRecord((result as Record<string, unknown> | null)?.Row ?? null, what))
  const full = table.FullCount ?? table.fullCount
  return { rows, fullCount: typeof full === 'number' ? full : null }
}
