import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fromLocalInputValue, toLocalInputValue } from './local-datetime'
import { setTimeDisplay } from './time-display'

describe('datetime-local conversion', () => {
  let zone: string | undefined
  beforeEach(() => {
    zone = process.env.TZ
    process.env.TZ = 'Europe/Berlin'
  })
  afterEach(() => {
    process.env.TZ = zone
    setTimeDisplay('local')
  })

  it('shows an instant as local wall-clock time and reads it back as the same instant', () => {
    expect(toLocalInputValue('2026-01-05T08:00:00Z')).toBe('2026-01-05T09:00')
    expect(toLocalInputValue('2026-07-05T08:00:00+00:00')).toBe('2026-07-05T10:00')
    expect(fromLocalInputValue('2026-01-05T09:00')).toBe('2026-01-05T08:00:00.000Z')
  })

  it('shows and reads UTC wall-clock time once the operator shows times in UTC', () => {
    setTimeDisplay('utc')
    expect(toLocalInputValue('2026-01-05T08:00:00Z')).toBe('2026-01-05T08:00')
    expect(toLocalInputValue('2026-07-05T10:00:00+02:00')).toBe('2026-07-05T08:00')
    expect(fromLocalInputValue('2026-01-05T09:00')).toBe('2026-01-05T09:00:00.000Z')
    expect(fromLocalInputValue('2026-01-05T09:00:15.5')).toBe('2026-01-05T09:00:15.500Z')
  })

  it('round-trips an instant in either zone, so what is typed is what is shown', () => {
    for (const display of ['local', 'utc'] as const) {
      const iso = '2026-03-29T01:30:00.000Z' // 03:30 in Berlin: just after the spring change
      expect(fromLocalInputValue(toLocalInputValue(iso, display), display)).toBe(iso)
    }
  })

  it('converts in an explicitly given zone regardless of the choice', () => {
    setTimeDisplay('utc')
    expect(toLocalInputValue('2026-01-05T08:00:00Z', 'local')).toBe('2026-01-05T09:00')
    expect(fromLocalInputValue('2026-01-05T09:00', 'local')).toBe('2026-01-05T08:00:00.000Z')
  })

  it('treats empty and malformed values as no value', () => {
    expect(toLocalInputValue(undefined)).toBe('')
    expect(toLocalInputValue('not a date')).toBe('')
    expect(fromLocalInputValue('')).toBeUndefined()
    expect(fromLocalInputValue('2026-01-05')).toBeUndefined()
    expect(fromLocalInputValue('2026-01-05T09:00Z', 'utc')).toBeUndefined()
    expect(fromLocalInputValue('2026-13-05T09:00', 'utc')).toBeUndefined()
  })
})
