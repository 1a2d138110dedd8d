import type { SwsPolicyConfiguration } from '@contract/sws-policies'
import { describe, expect, it } from 'vitest'
import { configurationChanges, layerChange, statusChange } from './policy-changes'

const BEFORE: SwsPolicyConfiguration = {
  clipboardRestrictionEnabled: false,
  contextMenuRestrictionEnabled: false,
  downloadRestrictionEnabled: true,
  enforceEPM: false,
  watermarkEnabled: false,
  watermarkIncludesUserData: false,
  enforcePedometerLock: false,
  manualModeURLIncludeList: ['https://a.example/'],
  excludedURLs: [],
}

describe('policy change review', () => {
  it('sends and shows exactly the fields that change', () => {
    const { changes, expected, rows } = configurationChanges(BEFORE, {
      ...BEFORE,
      downloadRestrictionEnabled: false,
      excludedURLs: ['  https://a.example/static/*  '],
      manualModeURLIncludeList: ['https://a.example/'],
    })
    expect(changes).toEqual({ downloadRestrictionEnabled: false, excludedURLs: ['https://a.example/static/*'] })
    expect(expected).toEqual({ downloadRestrictionEnabled: true, excludedURLs: [] })
    expect(rows).toEqual([
      { field: 'downloadRestrictionEnabled', label: 'Restrict downloads', kind: 'value', before: 'On', after: 'Off' },
      { field: 'excludedURLs', label: 'URLs excluded', kind: 'list', before: [], after: ['https://a.example/static/*'] },
    ])
    expect(configurationChanges(BEFORE, { ...BEFORE }).rows).toEqual([])
  })

  it('shows layer changes in the documented order and keeps layers the console does not know', () => {
    expect(layerChange('Default layers', ['StepRecording', 'SessionProtection'], ['SessionProtection', 'StepRecording'])).toBeNull()
    expect(layerChange('Default layers', ['StepRecording', 'Future'], ['SessionControl'])).toEqual({
      field: 'securityLayers',
      label: 'Default layers',
      kind: 'list',
      before: ['Step recording', 'Future'],
      after: ['Session control', 'Future'],
    })
    expect(statusChange(true)).toMatchObject({ before: 'Active', after: 'Inactive' })
  })
})
