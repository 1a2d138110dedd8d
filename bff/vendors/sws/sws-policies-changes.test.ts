import { describe, expect, it } from 'vitest'
import type { SwsPolicyConfiguration } from '../../../contract/sws-policies'
import {
  configurationApplied,
  configurationDiff,
  configurationWriteBody,
  sameLayers,
  securityLayersWriteBody,
  staleConfigurationFields,
} from './sws-policies-changes'

const CURRENT: SwsPolicyConfiguration = {
  clipboardRestrictionEnabled: true,
  contextMenuRestrictionEnabled: false,
  downloadRestrictionEnabled: false,
  enforceEPM: false,
  watermarkEnabled: false,
  watermarkIncludesUserData: false,
  enforcePedometerLock: false,
  manualModeURLIncludeList: ['https://a.example/x'],
  excludedURLs: [],
}

describe('configuration changes', () => {
  it('lists exactly the fields that change, before and after', () => {
    expect(
      configurationDiff(CURRENT, { clipboardRestrictionEnabled: true, watermarkEnabled: true, manualModeURLIncludeList: ['https://a.example/x', 'https://b.example/*'] }),
    ).toEqual([
      { field: 'watermarkEnabled', before: false, after: true },
      { field: 'manualModeURLIncludeList', before: ['https://a.example/x'], after: ['https://a.example/x', 'https://b.example/*'] },
    ])
    expect(configurationDiff(CURRENT, { excludedURLs: [] })).toEqual([])
  })

  it('finds changed fields that someone else changed meanwhile', () => {
    const changes = { watermarkEnabled: true, excludedURLs: ['https://a.example/static/*'] }
    expect(staleConfigurationFields(CURRENT, changes, { watermarkEnabled: false, excludedURLs: [] })).toEqual([])
    expect(staleConfigurationFields(CURRENT, changes, { watermarkEnabled: true, excludedURLs: [] })).toEqual(['watermarkEnabled'])
    // Not saying what was seen counts as stale; fields not being changed are not checked.
    expect(staleConfigurationFields(CURRENT, changes, { watermarkEnabled: false, enforceEPM: true })).toEqual(['excludedURLs'])
  })

  it('sends the whole vendor configuration with only the changed fields replaced (unknown keys kept)', () => {
    const raw = { ...CURRENT, appProtectionMode: 'Automatic', futureSetting: { depth: 1 } }
    expect(configurationWriteBody(raw, { downloadRestrictionEnabled: true, excludedURLs: ['  https://a.example/static/*  '] })).toEqual({
      policyConfiguration: { ...raw, downloadRestrictionEnabled: true, excludedURLs: ['https://a.example/static/*'] },
    })
  })

  it('knows when a change shows in what the vendor holds', () => {
    expect(configurationApplied({ ...CURRENT, watermarkEnabled: true }, { watermarkEnabled: true })).toBe(true)
    expect(configurationApplied(CURRENT, { watermarkEnabled: true })).toBe(false)
  })
})

describe('security layer changes', () => {
  it('sends the requested layers in the documented order and keeps layers the console does not know', () => {
    expect(securityLayersWriteBody(['StepRecording', 'SessionProtection'], ['SessionProtection', 'FutureLayer'])).toEqual({
      securityLayers: ['SessionProtection', 'StepRecording', 'FutureLayer'],
    })
    expect(securityLayersWriteBody([], ['SessionControl'])).toEqual({ securityLayers: [] })
  })

  it('compares layer sets whatever the order', () => {
    expect(sameLayers(['StepRecording', 'SessionProtection'], ['SessionProtection', 'StepRecording'])).toBe(true)
    expect(sameLayers(['StepRecording'], ['StepRecording', 'SessionControl'])).toBe(false)
  })
})
