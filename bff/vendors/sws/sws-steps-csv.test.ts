import { describe, expect, it } from 'vitest'
import { csvChunk } from '../../http/csv-export'
import { STEP_CSV_COLUMNS, stepCsvRow } from './sws-steps-csv'
import { stepView } from './sws-steps-view'

describe('SWS steps CSV', () => {
  it('writes one row per step with ISO times, and neutralises formulas', () => {
    const step = stepView(
      { id: 's1', datetime: Date.UTC(2026, 0, 2, 3, 4, 5), type: 'ValueChange', elementOldValue: '1', elementValue: '=cmd|\' /C calc\'!A0', flag: { datetime: Date.UTC(2026, 0, 2), userFirstName: 'A', userLastName: 'B' } },
      0,
    )
    const row = stepCsvRow(step, 1)
    expect(row).toHaveLength(STEP_CSV_COLUMNS.length)
    expect(row.slice(0, 4)).toEqual([1, 's1', '2026-01-02T03:04:05.000Z', 'ValueChange'])
    const text = csvChunk(STEP_CSV_COLUMNS, [row], true)
    expect(text).toContain(`"'=cmd|' /C calc'!A0"`)
    expect(text).toContain('2026-01-02T00:00:00.000Z,A B')
  })
})
