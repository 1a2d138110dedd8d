import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fromLocalInputValue, toLocalInputValue } from './local-datetime'

describe('datetime-local conversion', () => {
  let zone: string | undefined
  beforeEach(() => {
    zone = process.env.TZ
    process.env.TZ = 'Europe/Berlin'
  })
  afterEach(() => {
    process.env.TZ = zone
  })

  it('shows an instant as local wall-clock time and reads it back as the same instant', () => {
    expect(toLocalInputValue('2026-01-05T08:00:00Z')).toBe('2026-01-05T09:00')
    expect(toLocalInputValue('2026-07-05T08:00:00+00:00')).toBe('2026-07-05T10:00')
    expect(fromLocalInputValue('2026-01-05T09:00')).toBe('2026-01-05T08:00:00.000Z')
  })

  it('treats empty and malformed values as no value', () => {
    expect(toLocalInputValue(undefined)).toBe('')
    expect(toLocalInputValue('not a date')).toBe('')
    expect(fromLocalInputValue('')).toBeUndefined()
    expect(fromLocalInputValue('2026-01-05')).toBeUndefined()
  })
})
