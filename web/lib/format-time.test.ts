import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { formatDateTime, formatDateTimeWithSeconds, isoInstant } from './format-time'
import { setTimeDisplay } from './time-display'

// 08:00:30 UTC is 09:00:30 in Berlin (winter): local and UTC read differently.
const INSTANT = '2026-01-05T08:00:30Z'

describe('the time display rule', () => {
  let zone: string | undefined
  beforeAll(() => {
    // Pinned before the first format: formatters are built on first use, in the zone then in force.
    zone = process.env.TZ
    process.env.TZ = 'Europe/Berlin'
  })
  afterAll(() => {
    process.env.TZ = zone
  })
  afterEach(() => setTimeDisplay('local'))

  it('shows local time with the local zone by default', () => {
    const text = formatDateTime(INSTANT)
    expect(text).toContain('09:00')
    expect(text).toContain('2026')
    expect(text).not.toContain('UTC')
    expect(formatDateTimeWithSeconds(INSTANT)).toContain('09:00:30')
  })

  it('shows UTC, named as such, once the operator switches', () => {
    setTimeDisplay('utc')
    expect(formatDateTime(INSTANT)).toContain('08:00')
    expect(formatDateTime(INSTANT)).toContain('UTC')
    expect(formatDateTimeWithSeconds(INSTANT)).toContain('08:00:30')
    expect(formatDateTimeWithSeconds(INSTANT)).toContain('UTC')
    setTimeDisplay('local')
    expect(formatDateTime(INSTANT)).toContain('09:00')
  })

  it('formats in an explicitly given zone regardless of the choice', () => {
    setTimeDisplay('utc')
    expect(formatDateTime(INSTANT, 'local')).toContain('09:00')
    expect(formatDateTime(INSTANT, 'utc')).toContain('UTC')
  })

  it('accepts dates and epoch milliseconds as well as ISO strings', () => {
    const ms = Date.parse(INSTANT)
    expect(formatDateTime(ms, 'utc')).toBe(formatDateTime(INSTANT, 'utc'))
    expect(formatDateTime(new Date(ms), 'utc')).toBe(formatDateTime(INSTANT, 'utc'))
  })

  it('crosses the date line in the zone shown', () => {
    // 23:30 UTC on 31 Dec is already 1 Jan in Berlin.
    expect(formatDateTime('2025-12-31T23:30:00Z', 'utc')).toContain('2025')
    expect(formatDateTime('2025-12-31T23:30:00Z', 'local')).toContain('2026')
  })

  it('shows a dash for an invalid value instead of throwing', () => {
    expect(formatDateTime('not a date')).toBe('—')
    expect(formatDateTimeWithSeconds('')).toBe('—')
  })

  it('gives the ISO instant to the second for tooltips and dateTime', () => {
    expect(isoInstant('2026-01-05T09:00:30+01:00')).toBe('2026-01-05T08:00:30Z')
    expect(isoInstant('2026-01-05T08:00:30.250Z')).toBe('2026-01-05T08:00:30.250Z')
    expect(isoInstant('nope')).toBe('')
  })
})
