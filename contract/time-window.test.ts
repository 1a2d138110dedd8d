import { describe, expect, it } from 'vitest'
import { resolveTimeWindow, timeWindowProblem } from './time-window'

const now = new Date('2026-03-10T12:00:30Z')

describe('resolveTimeWindow', () => {
  it('ends a preset at the next whole minute, so one minute gives one window', () => {
    const window = resolveTimeWindow({ range: '7d' }, now)
    expect(window.to.toISOString()).toBe('2026-03-10T12:01:00.000Z')
    expect(window.from.toISOString()).toBe('2026-03-03T12:01:00.000Z')
    expect(resolveTimeWindow({ range: '7d' }, new Date('2026-03-10T12:00:59Z'))).toEqual(window)
  })

  it('uses the default preset when nothing is given', () => {
    expect(resolveTimeWindow({}, now, '30d').from.toISOString()).toBe('2026-02-08T12:01:00.000Z')
  })

  it('reads from/to without a range as custom and fills a missing end', () => {
    expect(resolveTimeWindow({ from: '2026-03-01T00:00:00Z' }, now)).toEqual({ from: new Date('2026-03-01T00:00:00Z'), to: new Date('2026-03-10T12:01:00Z') })
    expect(resolveTimeWindow({ range: 'custom', to: '2026-03-02T00:00:00Z' }, now).from.toISOString()).toBe('2026-03-01T00:00:00.000Z')
  })

  it('names a reversed custom range', () => {
    expect(timeWindowProblem({ from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' })).toMatch(/must not be later/)
    expect(timeWindowProblem({ from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' })).toBeNull()
  })
})
