import type { SwsStepView } from '@contract/sws-player'
import { useEffect } from 'react'
import { playbackDelay } from './playback-timing'

interface PlaybackOptions {
  playing: boolean
  current: number
  total: number
  stepAt: (index: number) => SwsStepView | undefined
  speed: number
  skipIdle: boolean
  onAdvance: (index: number) => void
  onEnd: () => void
}

/**
 * Advances one step after the recorded gap (scaled). When the next step's page is still loading
 * it waits: the effect runs again once that step is there.
 */
export function usePlayback({ playing, current, total, stepAt, speed, skipIdle, onAdvance, onEnd }: PlaybackOptions): void {
  const now = stepAt(current)
  const next = stepAt(current + 1)
  useEffect(() => {
    if (!playing) return
    if (current >= total - 1) {
      onEnd()
      return
    }
    if (!now || !next) return
    const timer = setTimeout(() => onAdvance(current + 1), playbackDelay(Date.parse(next.at) - Date.parse(now.at), speed, skipIdle))
    return () => clearTimeout(timer)
  }, [playing, current, total, now, next, speed, skipIdle, onAdvance, onEnd])
}
