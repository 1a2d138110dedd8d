import type { SwsSecurityLayerView, SwsSessionHeader } from '../../../contract/sws-player'
import { asRecord, finite, flagView, isoFromEpochMs, text, type WireRecord } from './sws-steps-wire'

function userOf(value: unknown): SwsSessionHeader['user'] {
  const user = asRecord(value)
  if (!user) return null
  return { id: text(user.id) ?? '', fullName: text(user.fullName) ?? '', username: text(user.username) ?? '' }
}

function applicationOf(value: unknown): SwsSessionHeader['application'] {
  const application = asRecord(value)
  if (!application) return null
  return { id: text(application.id) ?? '', name: text(application.name) ?? '' }
}

function securityLayersOf(value: unknown): SwsSecurityLayerView[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry) => {
    const layer = asRecord(entry)
    const name = text(layer?.layer)
    if (!layer || !name) return []
    const attributes = Array.isArray(layer.attributes) ? layer.attributes : []
    return [
      {
        layer: name,
        attributes: attributes.flatMap((attribute) => {
          const pair = asRecord(attribute)
          const attributeName = text(pair?.attributeName)
          return attributeName ? [{ name: attributeName, value: text(pair?.attributeValue) ?? '' }] : []
        }),
      },
    ]
  })
}

function tabIdsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.flatMap((id) => (typeof id === 'string' ? [id] : typeof id === 'number' ? [String(id)] : [])) : []
}

/**
 * The duration in ms. The gateway's `durationSeconds` holds milliseconds (both vendor examples
 * have durationSeconds = endDatetime − startDatetime), so end − start is used when both are known.
 */
function durationOf(record: WireRecord): number | null {
  const start = finite(record.startDatetime)
  const end = finite(record.endDatetime)
  if (start !== null && end !== null) return Math.max(0, end - start)
  return finite(record.durationSeconds)
}

function common(record: WireRecord): Omit<SwsSessionHeader, 'source' | 'securityLayers'> {
  return {
    id: text(record.id) ?? '',
    user: userOf(record.user),
    application: applicationOf(record.application),
    startedAt: isoFromEpochMs(record.startDatetime),
    endedAt: isoFromEpochMs(record.endDatetime),
    durationMs: durationOf(record),
    stepsCount: finite(record.stepsCount) ?? 0,
    flag: flagView(record.flag),
    tabIds: tabIdsOf(record.tabIds),
  }
}

/** `GET /sws/sessions/{id}` → `{session: {...}}` as the player's header. */
export function headerFromSession(body: unknown): SwsSessionHeader | null {
  const session = asRecord(asRecord(body)?.session)
  if (!session) return null
  return { ...common(session), source: 'sessions', securityLayers: securityLayersOf(session.securityLayers) }
}

/** One item of `GET /sws/recordings` → the header (the recordings API serves no security layers). */
export function headerFromRecording(recording: unknown): SwsSessionHeader | null {
  const record = asRecord(recording)
  if (!record) return null
  return { ...common(record), source: 'recordings', securityLayers: null }
}

/**
 * What the steps alone say, for a recording the recordings list does not show (a session still
 * running is served by id only): its id, first step time and step count.
 */
export function headerFromSteps(id: string, stepsCount: number, firstStep: unknown): SwsSessionHeader {
  // The first step is no later than the start; end and duration stay unknown rather than guessed.
  return {
    id,
    source: 'recordings',
    user: null,
    application: null,
    startedAt: isoFromEpochMs(asRecord(firstStep)?.datetime),
    endedAt: null,
    durationMs: null,
    stepsCount,
    flag: null,
    securityLayers: null,
    tabIds: [],
  }
}
