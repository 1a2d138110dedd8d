import { describe, expect, it } from 'vitest'
import { headerFromRecording, headerFromSession, headerFromSteps } from './sws-session-detail-view'

const START = Date.UTC(2026, 9, 29, 12, 0, 0)
const END = START + 4 * 3_600_000

// Field names as the vendor's session-by-id example (notes §2, operation 15).
const wireSession = {
  id: 'vOeneIgB-6mTxsm_mIR8',
  startDatetime: START,
  endDatetime: END,
  durationSeconds: END - START,
  stepsCount: 10_000,
  flag: { datetime: END + 60_000, userFirstName: 'Ada', userLastName: 'Lovelace' },
  application: { id: '11ed96a835ae22afae2a65ab4ca1234c', name: 'Payroll' },
  user: { id: 'u1', fullName: 'Grace Hopper', username: 'grace@example.com' },
  tabIds: ['123456789', 987654321],
  securityLayers: [
    { layer: 'StepRecording', attributes: null },
    { layer: 'ContinuousAuthentication', attributes: [{ attributeName: 'InactivityTimeout', attributeValue: '600000' }] },
  ],
}

describe('SWS session header', () => {
  it('maps GET /sessions/{id} with its security layers', () => {
    expect(headerFromSession({ session: wireSession })).toEqual({
      id: 'vOeneIgB-6mTxsm_mIR8',
      source: 'sessions',
      user: { id: 'u1', fullName: 'Grace Hopper', username: 'grace@example.com' },
      application: { id: '11ed96a835ae22afae2a65ab4ca1234c', name: 'Payroll' },
      startedAt: new Date(START).toISOString(),
      endedAt: new Date(END).toISOString(),
      durationMs: 4 * 3_600_000,
      stepsCount: 10_000,
      flag: { at: new Date(END + 60_000).toISOString(), by: 'Ada Lovelace' },
      securityLayers: [
        { layer: 'StepRecording', attributes: [] },
        { layer: 'ContinuousAuthentication', attributes: [{ name: 'InactivityTimeout', value: '600000' }] },
      ],
      tabIds: ['123456789', '987654321'],
    })
  })

  it('reads the duration as end − start, not as seconds (durationSeconds holds milliseconds)', () => {
    const header = headerFromSession({ session: { ...wireSession, durationSeconds: 14_400 } })
    expect(header?.durationMs).toBe(14_400_000)
  })

  it('keeps a running session open: no end, no duration', () => {
    const header = headerFromSession({ session: { ...wireSession, endDatetime: null, durationSeconds: null, flag: null } })
    expect(header).toMatchObject({ endedAt: null, durationMs: null, flag: null })
  })

  it('maps a recordings list item, which has no security layers', () => {
    const { securityLayers: _layers, ...recording } = wireSession
    expect(headerFromRecording(recording)).toMatchObject({
      source: 'recordings',
      securityLayers: null,
      user: { username: 'grace@example.com' },
      application: { name: 'Payroll' },
      durationMs: 4 * 3_600_000,
      tabIds: ['123456789', '987654321'],
    })
  })

  it('falls back to what the steps say for a recording the list does not serve', () => {
    expect(headerFromSteps('abc', 42, { datetime: START + 500 })).toEqual({
      id: 'abc',
      source: 'recordings',
      user: null,
      application: null,
      startedAt: new Date(START + 500).toISOString(),
      endedAt: null,
      durationMs: null,
      stepsCount: 42,
      flag: null,
      securityLayers: null,
      tabIds: [],
    })
  })

  it('reads fields of the wrong type as absent, never as text like [object Object]', () => {
    const header = headerFromSession({
      session: { id: 'x', startDatetime: 'yesterday', user: { fullName: { a: 1 } }, application: 'Payroll', securityLayers: [{ layer: 7 }, 'x'], stepsCount: '5' },
    })
    expect(header).toMatchObject({ startedAt: null, user: { fullName: '' }, application: null, securityLayers: [], stepsCount: 0 })
    expect(headerFromSession({ sessions: [] })).toBeNull()
    expect(headerFromRecording('nope')).toBeNull()
  })
})
