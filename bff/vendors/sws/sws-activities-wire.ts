import type { SwsActivitySummary } from '../../../contract/sws-activities'
import { isRecord, wireText, wireTime, type WireRecord } from './sws-wire-values'

/** `activityData` fields shown in their own columns; the rest are the activity's details. */
const OWN_COLUMNS = new Set(['id', 'time', 'initiatedById', 'initiatedByName', 'initiatedByRole'])

function detailText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** One item of `GET /v2-edge/sws/activities`: `{activityType, activityData: {id, time, initiatedBy…, …}}`. */
export function toSwsActivitySummary(wire: WireRecord): SwsActivitySummary {
  const data = isRecord(wire.activityData) ? wire.activityData : {}
  const details: Record<string, string> = {}
  for (const [key, value] of Object.entries(data)) {
    if (OWN_COLUMNS.has(key)) continue
    const text = detailText(value)
    if (text !== null && text !== '') details[key] = text
  }
  return {
    id: wireText(data.id) ?? '',
    type: wireText(wire.activityType) ?? '',
    at: wireTime(data.time),
    initiator: { id: wireText(data.initiatedById), name: wireText(data.initiatedByName), role: wireText(data.initiatedByRole) },
    details,
  }
}

/** Epoch ms of an activity (0 when the vendor gave none). */
export function activityTimeOf(wire: WireRecord): number {
  const data = isRecord(wire.activityData) ? wire.activityData : {}
  return typeof data.time === 'number' && Number.isFinite(data.time) ? data.time : 0
}
