import { describe, expect, it } from 'vitest'
import { formatClock, playbackDelay } from './playback-timing'

describe('playback timing', () => {
  it('waits the recorded gap, scaled by speed', () => {
    expect(playbackDelay(1_200, 1, false)).toBe(1_200)
    expect(playbackDelay(1_200, 4, false)).toBe(300)
    expect(playbackDelay(1_200, 0.25, false)).toBe(4_800)
  })

  it('shortens idle gaps only when asked', () => {
    expect(playbackDelay(600_000, 1, true)).toBe(500)
    expect(playbackDelay(600_000, 2, true)).toBe(250)
    expect(playbackDelay(600_000, 1, false)).toBe(600_000)
    expect(playbackDelay(2_000, 1, true)).toBe(2_000)
  })

  it('never waits less than a frame or a negative time', () => {
    expect(playbackDelay(0, 4, true)).toBe(16)
    expect(playbackDelay(-5, 1, false)).toBe(16)
    expect(playbackDelay(Number.NaN, 1, false)).toBe(16)
  })

  it('formats durations as a clock', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(125_000)).toBe('2:05')
    expect(formatClock(4 * 3_600_000 + 61_000)).toBe('4:01:01')
  })
})
