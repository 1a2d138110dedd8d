import { SWS_ACTIVITY_TYPES } from '@contract/sws-activities'
import { describe, expect, it } from 'vitest'
import { activityTypeLabel, activityTypesParam, selectedActivityTypes, swsActivitiesSearchForTable, swsActivityListRequest, validateSwsActivitiesSearch } from './sws-activities-search'

describe('SWS activities URL state', () => {
  it('preselects every type and keeps "all" out of the URL', () => {
    expect(selectedActivityTypes({})).toEqual([...SWS_ACTIVITY_TYPES])
    expect(activityTypesParam([...SWS_ACTIVITY_TYPES])).toBeUndefined()
    expect(activityTypesParam([])).toBeUndefined()
    expect(activityTypesParam(['UserDeactivated', 'PolicyDeleted'])).toBe('PolicyDeleted,UserDeactivated')
  })

  it('drops unknown types from a link; nothing valid left means all types', () => {
    expect(validateSwsActivitiesSearch({ types: 'UserActivated,Bogus' })).toEqual({ types: 'UserActivated' })
    expect(validateSwsActivitiesSearch({ types: 'Bogus' })).toEqual({})
    expect(selectedActivityTypes({ types: 'Bogus' })).toHaveLength(SWS_ACTIVITY_TYPES.length)
  })

  it('asks for a month by default, newest first, defaults left out', () => {
    expect(swsActivityListRequest({})).toEqual({ range: '30d' })
    expect(swsActivityListRequest({ range: '7d', types: 'TenantLogin', order: 'oldest', page: 2 })).toEqual({ range: '7d', types: 'TenantLogin', order: 'oldest', page: '2' })
    expect(swsActivitiesSearchForTable({ sort: { id: 'at', desc: false }, page: 1 })).toEqual({ order: 'oldest', page: undefined })
    expect(swsActivitiesSearchForTable({ sort: { id: 'at', desc: true } })).toEqual({ order: undefined })
  })

  it('labels types in words', () => {
    expect(activityTypeLabel('PolicyConfigurationUpdated')).toBe('Policy configuration updated')
    expect(activityTypeLabel('TenantLogin')).toBe('Tenant login')
  })
})
