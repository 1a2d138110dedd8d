/** A pause between two steps longer than this counts as idle. */
export const IDLE_GAP_MS = 3_000
/** What an idle pause lasts when idle gaps are skipped (at 1×). */
export const SKIPPED_IDLE_MS = 500
export const PLAYBACK_SPEEDS = [0.25, 0.5, 1, 2, 4] as const
export type PlaybackSpeed = (typeof PLAYBACK_SPEEDS)[number]

/** How long the player waits before showing the next step: the recorded gap, scaled by speed, idle gaps shortened on request. */
export function playbackDelay(gapMs: number, speed: number, skipIdle: boolean): number {
  const gap = Number.isFinite(gapMs) ? Math.max(0, gapMs) : 0
  const shown = skipIdle && gap > IDLE_GAP_MS ? SKIPPED_IDLE_MS : gap
  // At least a frame, so a burst of same-millisecond steps still shows each; at most what setTimeout takes.
  return Math.min(2_000_000_000, Math.max(16, shown / speed))
}

/** "1:02:03" or "2:03" for a duration in ms. */
export function formatClock(ms: number): string {
  const total = Math.max(0, Math.floor(ms / 1000))
  const hours = Math.floor(total / 3600)
  const minutes = Math.floor((total % 3600) / 60)
  const seconds = total % 60
  const two = (value: number) => String(value).padStart(2, '0')
  return hours > 0 ? `${hours}:${two(minutes)}:${two(seconds)}` : `${minutes}:${two(seconds)}`
}
