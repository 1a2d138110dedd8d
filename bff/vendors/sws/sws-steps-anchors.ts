import type { SwsClient } from './sws-client'

/**
 * Known positions in a session's (filtered) timeline: step index i sits at time t and no earlier
 * step shares t, so "from t, offset o − i" reaches position o in one request. Recorded steps never
 * change (a running session only grows at its end), so anchors stay true; they save the time-window
 * walk on every later page deep in a long session.
 */
type Anchor = readonly [index: number, time: number]

const MAX_ANCHORS = 2_000
const byClient = new WeakMap<SwsClient, Map<string, Anchor[]>>()

function anchorsOf(client: SwsClient, key: string): Anchor[] {
  let sessions = byClient.get(client)
  if (!sessions) byClient.set(client, (sessions = new Map()))
  let anchors = sessions.get(key)
  if (!anchors) sessions.set(key, (anchors = []))
  return anchors
}

/** Records anchors from a page read at `offset`: each step whose predecessor is strictly earlier. */
export function rememberAnchors(client: SwsClient, key: string, offset: number, times: readonly number[]): void {
  const anchors = anchorsOf(client, key)
  for (let j = 1; j < times.length; j++) {
    const time = times[j] as number
    const before = times[j - 1] as number
    if (!Number.isFinite(time) || !(before < time)) continue
    const index = offset + j
    if (anchors.some(([known]) => known === index)) continue
    if (anchors.length >= MAX_ANCHORS) anchors.shift()
    anchors.push([index, time])
  }
  anchors.sort((a, b) => a[0] - b[0])
}

/** The nearest anchor at or before `offset` from which `limit` steps fit in the gateway's window. */
export function anchorFor(client: SwsClient, key: string, offset: number, limit: number, window: number): Anchor | null {
  const anchors = byClient.get(client)?.get(key)
  if (!anchors) return null
  let best: Anchor | null = null
  for (const anchor of anchors) {
    if (anchor[0] > offset) break
    if (offset - anchor[0] + limit <= window) best = anchor
  }
  return best
}
