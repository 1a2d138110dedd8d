import { describe, expect, it } from 'vitest'
import { swsUserListRequest, swsUsersSearchForTable, swsUsersTableState, validateSwsUsersSearch } from './sws-users-search'

describe('SWS users URL state', () => {
  it('keeps a valid search and drops the rest', () => {
    expect(validateSwsUsersSearch({ q: ' ali* ', page: '0', pageSize: 100, hide: 'phone,bogus' })).toEqual({ q: 'ali*', pageSize: 100, hide: 'phone' })
  })

  it('leaves defaults out of the request so equal views share a cache entry', () => {
    expect(swsUserListRequest({})).toEqual({})
    expect(swsUserListRequest({ q: 'bob', page: 2, pageSize: 25 })).toEqual({ q: 'bob', page: '2', pageSize: '25' })
  })

  it('hides inviter, phone and app version by default and writes the default as absent', () => {
    expect(swsUsersTableState({}).hiddenColumns).toEqual(['invitedBy', 'phone', 'appVersion'])
    expect(swsUsersSearchForTable({ hiddenColumns: ['appVersion', 'phone', 'invitedBy'] })).toEqual({ hide: undefined })
    expect(swsUsersSearchForTable({ hiddenColumns: [] })).toEqual({ hide: '' })
  })
})
