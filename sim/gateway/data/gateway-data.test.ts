import { describe, expect, it } from 'vitest'
import { dataOptions } from '../../test-support/seeded-data'
import { GatewayData } from './gateway-data'
import { SWS_LONG_SESSIONS } from './sws-session-plan'

const STEP_FIELDS = [
  'id', 'datetime', 'extensionEventId', 'flag', 'tabId', 'type', 'url', 'windowTitle', 'windowHeight', 'windowWidth',
  'clientTimeZone', 'elementXPath', 'pressedKey', 'cursorX', 'cursorY', 'elementTag', 'elementText', 'elementValue', 'elementOldValue',
]

describe.each(['small', 'large'] as const)('SWS data, %s profile', (profile) => {
  const data = new GatewayData(dataOptions(profile))

  it.each(SWS_LONG_SESSIONS.map((long) => [long.id, long.stepsCount] as const))('named long session %s has %i steps', (id, count) => {
    const session = data.sessions.get(id)
    expect(session).toMatchObject({ id, stepsCount: count })
    expect(session?.endDatetime).not.toBeNull()
    expect(session?.securityLayers.map((layer) => layer.layer)).toContain('StepRecording')
    const steps = data.steps(id, 0, count + 10) ?? []
    expect(steps).toHaveLength(count)
    expect(data.steps(id, count, 10)).toEqual([])
    expect(steps[0]!.type).toBe('NavigatedTo')
    let ordered = true
    for (let k = 1; k < steps.length; k++) if (steps[k]!.datetime < steps[k - 1]!.datetime) ordered = false
    expect(ordered).toBe(true)
    expect(steps[0]!.datetime).toBeGreaterThanOrEqual(session!.startDatetime)
    expect(steps[count - 1]!.datetime).toBeLessThanOrEqual(session!.endDatetime!)
    // Step k on its own is the same as step k of the whole list.
    expect(data.steps(id, count - 1, 1)).toEqual([steps[count - 1]])
    expect(data.steps(id, 4_321, 1)).toEqual([steps[4_321]])
    expect(new Set(steps.slice(0, 2_000).map((step) => step.id)).size).toBe(2_000)
  })
})

describe('SWS records carry the documented fields', () => {
  const data = new GatewayData(dataOptions('small'))

  it('steps: exactly the documented fields, with type-specific ones filled', () => {
    const session = data.sessions.at(20)!
    for (const step of data.steps(session.id, 0, session.stepsCount) ?? []) {
      expect(Object.keys(step)).toEqual(STEP_FIELDS)
      if (step.type === 'KeyPress') expect(step.pressedKey).not.toBeNull()
      if (step.type === 'MouseClick') expect(step.cursorX).not.toBeNull()
      if (step.type === 'NavigatedTo') expect(step.elementXPath).toBeNull()
    }
  })

  it('sessions, policies, users and activities', () => {
    expect(Object.keys(data.sessions.at(0)!)).toEqual([
      'id', 'startDatetime', 'endDatetime', 'durationSeconds', 'stepsCount', 'flag', 'application', 'user', 'tabIds', 'securityLayers',
    ])
    expect(data.sessions.at(0)!.id).toMatch(/^[A-Za-z0-9_-]{20}$/)
    expect(Object.keys(data.policies.at(0)!)).toEqual([
      'policyId', 'name', 'description', 'appKey', 'active', 'configuration', 'epmStatus', 'defaultSecurityLayers', 'sessionControlRules', 'members',
    ])
    expect(Object.keys(data.policies.at(0)!.configuration)).toEqual([
      'clipboardRestrictionEnabled', 'contextMenuRestrictionEnabled', 'downloadRestrictionEnabled', 'enforceEPM', 'watermarkEnabled',
      'watermarkIncludesUserData', 'enforcePedometerLock', 'manualModeURLIncludeList', 'appProtectionMode', 'excludedURLs',
    ])
    expect(Object.keys(data.users.at(0)!)).toEqual([
      'id', 'invitedBy', 'username', 'firstName', 'lastName', 'phoneNumber', 'phoneModel', 'phoneOS', 'role', 'status', 'lastLogin', 'appVersion',
    ])
    expect(data.users.at(0)!.role).toBe('TenantAdmin')
    const activity = data.activities.at(0)!
    expect(Object.keys(activity)).toEqual(['activityType', 'activityData'])
    expect(Object.keys(activity.activityData).slice(0, 5)).toEqual(['id', 'time', 'initiatedById', 'initiatedByName', 'initiatedByRole'])
  })

  it('has flagged sessions, flagged steps and sessions still running', () => {
    const sessions = data.sessions.slice(0, data.sessions.size)
    expect(sessions.some((session) => session.flag !== null)).toBe(true)
    const steps = data.steps('LongSession-25k-step', 0, 25_000) ?? []
    expect(steps.some((step) => step.flag !== null)).toBe(true)
    const types = new Set(steps.map((step) => step.type))
    for (const type of ['NavigatedTo', 'MouseClick', 'KeyPress', 'ValueChange', 'ClipboardPasted', 'SessionLock', 'SessionUnlock', 'SessionResumed']) {
      expect(types).toContain(type)
    }
    const large = new GatewayData(dataOptions('large'))
    expect(large.sessions.slice(19_900, 100).some((session) => session.endDatetime === null)).toBe(true)
  })

  it('counts steps without building them, about the profile mean per session', () => {
    expect(data.totalSteps()).toBeGreaterThan(35_000 + 238 * 25)
    expect(data.totalSteps()).toBeLessThan(35_000 + 238 * 35)
  })
})
