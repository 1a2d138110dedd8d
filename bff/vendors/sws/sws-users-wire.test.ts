import { describe, expect, it } from 'vitest'
import { VendorApiError } from '../http/vendor-errors'
import { toSwsUserDetail, toSwsUserSummary } from './sws-users-wire'
import { wireList, wireTime } from './sws-wire-values'

describe('SWS user mapping', () => {
  it('maps a list row: fullname, epoch-ms last login, nulls kept', () => {
    const row = {
      id: '11ed96a835ae22afae2a65ab4ca1234c',
      username: 'alice@gatehouse.sim',
      fullname: 'Alice Ames',
      phoneNumber: null,
      phoneModel: 'Pixel 8',
      invitedBy: 'bob@gatehouse.sim',
      lastLogin: 1_761_998_400_000,
      role: 'User',
      status: 'Deactivated',
      appVersion: '3.4.1',
    }
    expect(toSwsUserSummary(row)).toEqual({
      id: row.id,
      username: 'alice@gatehouse.sim',
      fullName: 'Alice Ames',
      role: 'User',
      status: 'Deactivated',
      invitedBy: 'bob@gatehouse.sim',
      lastLogin: '2025-11-01T12:00:00.000Z',
      phoneNumber: null,
      phoneModel: 'Pixel 8',
      appVersion: '3.4.1',
    })
  })

  it('maps the single user (first and last name, phone OS); a never-signed-in user has no last login', () => {
    const detail = toSwsUserDetail({
      id: 'u1',
      username: 'carol@x',
      firstName: '<img src=x onerror=alert(1)>',
      lastName: 'Cole',
      phoneOS: 'Android 14',
      role: 'TenantAdmin',
      status: 'Activated',
      lastLogin: 0,
      invitedBy: null,
    })
    expect(detail).toMatchObject({ fullName: '<img src=x onerror=alert(1)> Cole', firstName: '<img src=x onerror=alert(1)>', phoneOS: 'Android 14', lastLogin: null })
  })

  it('turns wrong types into nulls rather than text like [object Object]', () => {
    const summary = toSwsUserSummary({ id: 'u2', username: { nested: true }, fullname: ['x'], lastLogin: 'yesterday', status: 7 })
    expect(summary).toMatchObject({ username: '', fullName: '', lastLogin: null, status: '7' })
  })

  it('refuses a body without a user or a list', () => {
    expect(() => toSwsUserDetail('')).toThrow(VendorApiError)
    expect(() => wireList({ totalCount: 3 }, 'users', 'user')).toThrow(/without "users"/)
  })

  it('reads epoch milliseconds, also as digit strings; 0 is "never"', () => {
    expect(wireTime(0)).toBeNull()
    expect(wireTime('1761998400000')).toBe('2025-11-01T12:00:00.000Z')
    expect(wireTime(Number.NaN)).toBeNull()
  })
})
