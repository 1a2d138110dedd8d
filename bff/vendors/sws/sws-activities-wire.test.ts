import { describe, expect, it } from 'vitest'
import { activityTimeOf, toSwsActivitySummary } from './sws-activities-wire'

describe('SWS activity mapping', () => {
  it('puts the initiator in its own fields and the type-specific data in details', () => {
    const wire = {
      activityType: 'CompanyUserInvitationCreated',
      activityData: {
        id: 'a1',
        time: Date.UTC(2026, 9, 1),
        initiatedById: 'u9',
        initiatedByName: 'Eve <script>alert(1)</script>',
        initiatedByRole: 'TenantAdmin',
        invitationId: 'inv-7',
        initialStatus: 'Deactivated',
        email: 'new@x',
      },
    }
    expect(toSwsActivitySummary(wire)).toEqual({
      id: 'a1',
      type: 'CompanyUserInvitationCreated',
      at: '2026-10-01T00:00:00.000Z',
      initiator: { id: 'u9', name: 'Eve <script>alert(1)</script>', role: 'TenantAdmin' },
      details: { invitationId: 'inv-7', initialStatus: 'Deactivated', email: 'new@x' },
    })
    expect(activityTimeOf(wire)).toBe(Date.UTC(2026, 9, 1))
  })

  it('shows unexpected structured details as JSON text and drops empty ones', () => {
    const summary = toSwsActivitySummary({ activityType: 'SettingsUpdated', activityData: { id: 'a2', time: 5, changes: { a: 1 }, note: '', flag: false } })
    expect(summary.details).toEqual({ changes: '{"a":1}', flag: 'false' })
  })

  it('copes with a missing activityData', () => {
    expect(toSwsActivitySummary({ activityType: 'TenantLogin' })).toMatchObject({ id: '', at: null, initiator: { id: null, name: null, role: null }, details: {} })
    expect(activityTimeOf({})).toBe(0)
  })
})
