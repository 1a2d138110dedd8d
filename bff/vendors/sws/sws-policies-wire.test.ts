import { describe, expect, it } from 'vitest'
import { epochMsToIso, parsePolicyDetail, parsePolicyList, parsePolicyMembers, rawConfiguration } from './sws-policies-wire'

// Hand-written wire bodies with the field names of the vendor notes (§2, operations 1 and 2).
const CONFIGURATION = {
  clipboardRestrictionEnabled: true,
  contextMenuRestrictionEnabled: false,
  downloadRestrictionEnabled: true,
  enforceEPM: false,
  watermarkEnabled: true,
  watermarkIncludesUserData: false,
  enforcePedometerLock: false,
  manualModeURLIncludeList: ['https://crm.example/accounts'],
  appProtectionMode: 'Automatic',
  excludedURLs: ['https://crm.example/static/*'],
}

const POLICY = {
  policy: { policyId: '11ed96a835ae22afae2a65ab4ca1234c', name: 'CRM', description: null, appKey: 'crm-1a2b3c4d', active: true },
  configuration: CONFIGURATION,
  epmStatus: { active: false },
  defaultSecurityLayers: ['SessionProtection', 'StepRecording'],
  sessionControlRules: [
    {
      id: 'r1',
      name: 'Block card numbers',
      actionType: 'Blocked',
      createDatetime: 1_761_998_400_000,
      createUsername: 'ann@gatehouse.sim',
      inputType: 'Number',
      isActive: true,
      isEmailNotification: false,
      isPushNotification: true,
      labelName: 'Card number',
      notificationEmail: null,
    },
  ],
  members: {
    members: [
      { id: 'u-1', name: 'bob@gatehouse.sim', type: 'User', securityLayers: ['SessionProtection'] },
      { id: 'g-1', name: 'sg-finance-3', type: 'Group', securityLayers: [] },
    ],
    totalCount: 7,
  },
}

describe('SWS policy list', () => {
  it('maps policies with policyId (or only id) and keeps the total', () => {
    const body = {
      policies: [
        { policyId: 'a1', id: 'a1', name: 'CRM', description: 'Protects CRM', appKey: 'crm-1', active: true },
        { id: 'b2', name: '<img src=x onerror=alert(1)>', description: null, appKey: 'x', active: false },
        { name: 'no id at all' },
      ],
      totalCount: 24,
      lastUpdate: 1,
    }
    expect(parsePolicyList(body)).toEqual({
      items: [
        { id: 'a1', name: 'CRM', description: 'Protects CRM', appKey: 'crm-1', active: true },
        { id: 'b2', name: '<img src=x onerror=alert(1)>', description: null, appKey: 'x', active: false },
      ],
      total: 24,
    })
  })

  it('says the total is unknown when the vendor does not give one, and refuses a body without policies', () => {
    expect(parsePolicyList({ policies: [] }).total).toBeNull()
    expect(() => parsePolicyList({ items: [] })).toThrow(/policies array/)
  })
})

describe('SWS policy detail', () => {
  it('maps the policy, every configuration field, EPM status, layers and rules', () => {
    expect(parsePolicyDetail(POLICY)).toEqual({
      policy: { id: '11ed96a835ae22afae2a65ab4ca1234c', name: 'CRM', description: null, appKey: 'crm-1a2b3c4d', active: true },
      configuration: CONFIGURATION,
      epmActive: false,
      defaultSecurityLayers: ['SessionProtection', 'StepRecording'],
      sessionControlRules: [
        {
          id: 'r1',
          name: 'Block card numbers',
          labelName: 'Card number',
          actionType: 'Blocked',
          inputType: 'Number',
          active: true,
          emailNotification: false,
          pushNotification: true,
          notificationEmail: null,
          createdAt: '2025-11-01T12:00:00.000Z',
          createdBy: 'ann@gatehouse.sim',
        },
      ],
      memberCount: 7,
    })
  })

  it('shows what the vendor left out as unknown or empty, never invented', () => {
    const detail = parsePolicyDetail({ policy: { policyId: 'p' } })
    expect(detail.policy).toEqual({ id: 'p', name: 'p', description: null, appKey: null, active: false })
    expect(detail.epmActive).toBeNull()
    expect(detail.configuration.manualModeURLIncludeList).toEqual([])
    expect(detail.configuration.appProtectionMode).toBeNull()
    expect(detail.memberCount).toBeNull()
    expect(detail.sessionControlRules).toEqual([])
    expect(() => parsePolicyDetail({ configuration: {} })).toThrow(/policy object/)
  })

  it('keeps the raw configuration whole, unknown keys included, for writes', () => {
    expect(rawConfiguration({ ...POLICY, configuration: { ...CONFIGURATION, futureFlag: 3 } })).toEqual({ ...CONFIGURATION, futureFlag: 3 })
    expect(rawConfiguration({})).toEqual({})
  })

  it('keeps layers the console does not know, to show and preserve them', () => {
    expect(parsePolicyDetail({ ...POLICY, defaultSecurityLayers: ['SessionProtection', 'FutureLayer', 7] }).defaultSecurityLayers).toEqual([
      'SessionProtection',
      'FutureLayer',
    ])
  })
})

describe('SWS policy members', () => {
  it('maps members with their own layers and the total', () => {
    expect(parsePolicyMembers(POLICY)).toEqual({
      items: [
        { id: 'u-1', name: 'bob@gatehouse.sim', type: 'User', securityLayers: ['SessionProtection'] },
        { id: 'g-1', name: 'sg-finance-3', type: 'Group', securityLayers: [] },
      ],
      total: 7,
    })
    expect(parsePolicyMembers({})).toEqual({ items: [], total: null })
  })
})

describe('epoch ms', () => {
  it('becomes ISO 8601; zero or junk is no time', () => {
    expect(epochMsToIso(0)).toBeNull()
    expect(epochMsToIso('1761998400000')).toBe('2025-11-01T12:00:00.000Z')
    expect(epochMsToIso('soon')).toBeNull()
  })
})
