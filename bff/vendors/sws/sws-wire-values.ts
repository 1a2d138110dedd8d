import { vendorFailure } from '../http/vendor-errors'

// Reading the gateway's JSON defensively: a field of the wrong type becomes null rather than
// leaking `[object Object]` onto a screen, and a body without the list is a vendor failure.

export type WireRecord = Record<string, unknown>

export function isRecord(value: unknown): value is WireRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** Text, or null for anything else (numbers are shown as text). */
export function wireText(value: unknown): string | null {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return null
}

/** The gateway's epoch milliseconds as ISO 8601; 0 and missing mean "none" (the vendor's default is 0). */
export function wireTime(value: unknown): string | null {
  const ms = typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return null
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

export function wireCount(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : null
}

/** `body[key]` as an array of records, or a vendor failure naming what was missing. */
export function wireList(body: unknown, key: string, what: string): WireRecord[] {
  const list = isRecord(body) ? body[key] : undefined
  if (!Array.isArray(list)) throw vendorFailure('sws', `answered the ${what} list without "${key}".`)
  return list.filter(isRecord)
}
