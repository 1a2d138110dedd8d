import type { SwsStepMarker, SwsStepMarkers } from '../../../contract/sws-player'
import type { SwsClient } from './sws-client'
import { iterateSteps, type SwsStepQuery } from './sws-steps'
import { stepId, stepView } from './sws-steps-view'

/** Types worth a mark on the scrubber: page changes, pastes and the session's lock/unlock/resume. */
export const MARKED_STEP_TYPES = ['NavigatedTo', 'ClipboardPasted', 'SessionLock', 'SessionUnlock', 'SessionResumed'] as const

/** Enough for a scrubber a few thousand pixels wide; a session with more marks says it was cut. */
export const MARKER_LIMIT = 5_000

/**
 * The notable steps of the (tab-filtered) timeline, oldest first: one pass over the marked types
 * and one over the flagged steps, read with the gateway's own filters so the other steps never travel.
 */
export async function readStepMarkers(
  client: SwsClient,
  sessionId: string,
  query: Pick<SwsStepQuery, 'tabId' | 'types'>,
  requestId?: string,
): Promise<SwsStepMarkers> {
  const wanted = query.types && query.types.length > 0 ? MARKED_STEP_TYPES.filter((type) => query.types?.includes(type)) : [...MARKED_STEP_TYPES]
  const byId = new Map<string, SwsStepMarker>()
  let truncated = false
  const collect = async (filter: SwsStepQuery, flagged: boolean) => {
    let taken = 0
    // Whole windows at once: each filtered request costs the gateway a scan, so fewer is faster.
    for await (const batch of iterateSteps(client, sessionId, filter, { requestId, batch: 10_000 })) {
      for (const wire of batch) {
        if (taken >= MARKER_LIMIT) {
          truncated = true
          return
        }
        taken++
        const step = stepView(wire, -1)
        const id = stepId(wire)
        const known = byId.get(id)
        byId.set(id, { at: step.at, type: step.type, flagged: flagged || (known?.flagged ?? false) || step.flag !== null })
      }
    }
  }
  if (wanted.length > 0) await collect({ tabId: query.tabId, types: wanted }, false)
  await collect({ tabId: query.tabId, types: query.types, isFlagged: true }, true)
  const items = [...byId.values()].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0))
  return { items, truncated }
}
