import type { SwsFlagView } from '../../../contract/sws-player'

// Field readers for the player's gateway JSON (session, recording, steps): a field of the wrong
// type reads as absent rather than reaching the console as something it is not.

export type WireRecord = Record<string, unknown>

export function asRecord(value: unknown): WireRecord | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as WireRecord) : null
}

export function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

export function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** Epoch ms (the gateway's time format) as ISO 8601; null when absent or not a time. */
export function isoFromEpochMs(value: unknown): string | null {
  const ms = finite(value)
  if (ms === null || ms <= 0) return null
  const date = new Date(ms)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** A session's or step's `flag` ({datetime, userFirstName, userLastName}) or null. */
export function flagView(value: unknown): SwsFlagView | null {
  const flag = asRecord(value)
  if (!flag) return null
  const by = [text(flag.userFirstName), text(flag.userLastName)].filter((part): part is string => !!part).join(' ')
  return { at: isoFromEpochMs(flag.datetime) ?? '', by }
}
