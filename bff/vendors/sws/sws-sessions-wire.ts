import type { SwsSessionSummary } from '../../../contract/sws-sessions'
import { isRecord, wireCount, wireText, wireTime, type WireRecord } from './sws-wire-values'

/** Epoch ms of a wire time, or null. */
export function wireMs(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null
}

function flagOf(value: unknown): SwsSessionSummary['flag'] {
  if (!isRecord(value)) return null
  const by = [wireText(value.userFirstName), wireText(value.userLastName)].filter(Boolean).join(' ')
  return { at: wireTime(value.datetime), by }
}

/**
 * A row of `GET /v2-edge/sws/sessions` or `/recordings` (the recordings rows add `durationSeconds`
 * and `tabIds`). The duration is end − start: the vendor's `durationSeconds` holds milliseconds in
 * both of its own examples, so its name is not trusted.
 */
export function toSwsSessionSummary(wire: WireRecord): SwsSessionSummary {
  const start = wireMs(wire.startDatetime)
  const end = wireMs(wire.endDatetime)
  const application = isRecord(wire.application) ? wire.application : null
  const user = isRecord(wire.user) ? wire.user : null
  return {
    id: wireText(wire.id) ?? '',
    startedAt: wireTime(start) ?? '',
    endedAt: wireTime(end),
    durationMs: start !== null && end !== null && end >= start ? end - start : null,
    stepsCount: wireCount(wire.stepsCount) ?? 0,
    flag: flagOf(wire.flag),
    application: application ? { id: wireText(application.id) ?? '', name: wireText(application.name) ?? '' } : null,
    user: user ? { id: wireText(user.id) ?? '', fullName: wireText(user.fullName) ?? '', username: wireText(user.username) ?? '' } : null,
  }
}
