import { describe, expect, it } from 'vitest'
import { minutesOf, scheduleSummary } from './schedule-summary'

const week = (weekday: { start: string; end: string }[], weekend: { start: string; end: string }[]) => ({
  Mon: weekday, Tue: weekday, Wed: weekday, Thu: weekday, Fri: weekday, Sat: weekend, Sun: weekend,
})

describe('scheduleSummary', () => {
  it('says "every day" when the days agree', () => {
    expect(scheduleSummary(week([{ start: '0:00', end: '23:59' }], [{ start: '0:00', end: '23:59' }]))).toBe('Every day 0:00–23:59')
  })

  it('groups runs of equal days and names days without hours', () => {
    expect(scheduleSummary(week([{ start: '7:00', end: '19:00' }], []))).toBe('Mon–Fri 7:00–19:00; Sat–Sun never')
  })

  it('keeps single days and several intervals', () => {
    const days = { ...week([], []), Sat: [{ start: '22:00', end: '23:59' }], Sun: [{ start: '0:00', end: '4:00' }, { start: '20:00', end: '21:00' }] }
    expect(scheduleSummary(days)).toBe('Mon–Fri never; Sat 22:00–23:59; Sun 0:00–4:00, 20:00–21:00')
  })
})

describe('minutesOf', () => {
  it('reads H:MM and refuses anything else', () => {
    expect(minutesOf('7:05')).toBe(425)
    expect(minutesOf('23:59')).toBe(1439)
    expect(minutesOf('25:00')).toBeNull()
    expect(minutesOf('noon')).toBeNull()
  })
})
