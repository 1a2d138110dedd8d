import { describe, expect, it } from 'vitest'
import { formatBytes, formatDuration } from './format-duration'

describe('formatDuration', () => {
  it.each([
    [null, '—'],
    [48, '48 s'],
    [252, '4 min 12 s'],
    [4260, '1 h 11 min'],
    [90_000, '25 h 00 min'],
  ])('%s s → %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text)
  })
})

describe('formatBytes', () => {
  it.each([
    [null, '—'],
    [512, '512 B'],
    [140_447, '137.2 KB'],
    [5 * 1024 * 1024, '5.0 MB'],
  ])('%s → %s', (bytes, text) => {
    expect(formatBytes(bytes)).toBe(text)
  })
})
