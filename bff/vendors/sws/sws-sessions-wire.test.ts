import { describe, expect, it } from 'vitest'
import { toSwsSessionSummary } from './sws-sessions-wire'

const START = Date.UTC(2026, 9, 30, 8, 0, 0)

describe('SWS session and recording mapping', () => {
  it('maps a sessions row: times as ISO, duration from end − start, flag with who flagged it', () => {
    const row = {
      id: 'vOeneIgB-6mTxsm_mIR8',
      startDatetime: START,
      endDatetime: START + 90_500,
      stepsCount: 42,
      flag: { datetime: START + 60_000, userFirstName: 'Dana', userLastName: 'Diaz' },
      application: { id: 'p1', name: 'Payroll' },
      user: { id: 'u1', fullName: 'Alice Ames', username: 'alice@gatehouse.sim' },
    }
    expect(toSwsSessionSummary(row)).toEqual({
      id: 'vOeneIgB-6mTxsm_mIR8',
      startedAt: '2026-10-30T08:00:00.000Z',
      endedAt: '2026-10-30T08:01:30.500Z',
      durationMs: 90_500,
      stepsCount: 42,
      flag: { at: '2026-10-30T08:01:00.000Z', by: 'Dana Diaz' },
      application: { id: 'p1', name: 'Payroll' },
      user: { id: 'u1', fullName: 'Alice Ames', username: 'alice@gatehouse.sim' },
    })
  })

  it('maps a recordings row the same way, not trusting durationSeconds (it holds milliseconds)', () => {
    const row = {
      id: 'r1',
      startDatetime: START,
      endDatetime: START + 5_000,
      durationSeconds: 5_000,
      stepsCount: 3,
      flag: null,
      application: { id: 'p2', name: '=HYPERLINK("x")' },
      user: { id: 'u2', fullName: 'Bo', username: 'bo@x' },
      tabIds: ['1', '2'],
    }
    const summary = toSwsSessionSummary(row)
    expect(summary.durationMs).toBe(5_000)
    expect(summary.flag).toBeNull()
    expect(summary.application?.name).toBe('=HYPERLINK("x")')
    expect(summary).not.toHaveProperty('tabIds')
  })

  it('keeps a running session open-ended and tolerates missing objects', () => {
    expect(toSwsSessionSummary({ id: 's', startDatetime: START, endDatetime: null, stepsCount: 'many' })).toMatchObject({
      endedAt: null,
      durationMs: null,
      stepsCount: 0,
      application: null,
      user: null,
    })
  })
})
