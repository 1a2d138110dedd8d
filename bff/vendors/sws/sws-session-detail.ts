import type { SwsSessionHeader } from '../../../contract/sws-player'
import type { SwsClient } from './sws-client'
import { headerFromRecording, headerFromSession, headerFromSteps } from './sws-session-detail-view'
import { fetchRawSteps } from './sws-steps'
import { withStepsApi } from './sws-steps-api'
import { stepTime } from './sws-steps-view'
import { asRecord, text } from './sws-steps-wire'
import { vendorFailure } from '../http/vendor-errors'

/** How far before its first step a recording may have started, and how many list pages are read to find it. */
const LOOK_BACK_MS = 24 * 60 * 60_000
const LIST_PAGE = 100
const LIST_PAGES = 5

/**
 * The recordings API has no "recording by id" header: the recording is found in the recordings
 * list, which filters on the start time (inclusive) and sorts newest first, so the recordings
 * that started up to its first step come first. A recording the list does not serve (a session
 * still running) gets what its steps say.
 */
async function recordingHeader(client: SwsClient, sessionId: string, requestId?: string): Promise<SwsSessionHeader> {
  const first = await fetchRawSteps(client, 'recordings', sessionId, {}, { fromTime: 0, toTime: 0, offset: 0, limit: 1 }, requestId)
  const firstTime = stepTime(first.items[0])
  if (Number.isFinite(firstTime)) {
    for (let page = 0; page < LIST_PAGES; page++) {
      const body = asRecord(
        await client.get(
          '/sws/recordings',
          { fromTime: Math.max(1, firstTime - LOOK_BACK_MS), toTime: firstTime, offset: page * LIST_PAGE, limit: LIST_PAGE },
          requestId,
        ),
      )
      const recordings = body?.recordings
      if (!Array.isArray(recordings)) throw vendorFailure('sws', 'answered the recordings list without recordings.')
      const match = recordings.find((recording) => text(asRecord(recording)?.id) === sessionId)
      if (match) return headerFromRecording(match) ?? headerFromSteps(sessionId, first.totalCount, first.items[0])
      if (recordings.length < LIST_PAGE) break
    }
  }
  return headerFromSteps(sessionId, first.totalCount, first.items[0])
}

/** A session's header from the sessions API, or from the recordings API on tenants that only have that. */
export async function readSessionHeader(client: SwsClient, sessionId: string, requestId?: string): Promise<SwsSessionHeader> {
  return withStepsApi(client, async (api) => {
    if (api === 'recordings') return recordingHeader(client, sessionId, requestId)
    const header = headerFromSession(await client.get(`/sws/sessions/${encodeURIComponent(sessionId)}`, undefined, requestId))
    if (!header) throw vendorFailure('sws', 'answered the session without a session object.')
    return header
  })
}
