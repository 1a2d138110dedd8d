import { describe, expect, it } from 'vitest'
import type { VendorResponse } from '../http/vendor-response'
import { memberOf, scimBody, scimGroupQuery, scimListPage, toScimGroup } from './identity-scim'

const response = (status: number, body: unknown): VendorResponse => ({ status, headers: {}, text: JSON.stringify(body), confirmedByCheck: false, requestId: 'r' })

describe('SCIM groups', () => {
  it('asks for a page of groups, filtering display names with the value quoted', () => {
    expect(scimGroupQuery({ page: 3, pageSize: 25 })).toEqual({ startIndex: '51', count: '25', sortBy: 'displayName' })
    expect(scimGroupQuery({ q: 'a "b"', page: 1, pageSize: 25 }).filter).toBe('displayName co "a \\"b\\""')
  })

  it('reads groups and list pages', () => {
    expect(toScimGroup({ id: 'g1', displayName: 'Ops', members: [{ value: 'u1' }, { value: 'u2' }] })).toEqual({ id: 'g1', displayName: 'Ops', memberCount: 2 })
    expect(toScimGroup({ displayName: 'no id' })).toBeNull()
    expect(scimListPage({ totalResults: 40, Resources: [{}] })).toEqual({ resources: [{}], total: 40 })
  })

  it('keeps SCIM error details, and maps 404', () => {
    expect(scimBody(response(200, { ok: 1 }))).toEqual({ ok: 1 })
    expect(() => scimBody(response(404, { schemas: [], status: '404', detail: 'Group not found' }))).toThrow(/Group not found/)
    expect(() => scimBody(response(400, { status: '400', detail: 'cannot delete', scimType: 'mutability' }))).toThrow(/cannot delete/)
    expect(() => scimBody(response(500, 'oops'))).toThrow(/HTTP 500/)
  })
})

describe('organization members from SCIM users', () => {
  const user = {
    id: 'u1',
    userName: 'ann@x.sim',
    displayName: 'Ann',
    emails: [{ value: 'other@x', primary: false }, { value: 'ann@example.com', primary: true }],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { organization: 'Sales' },
  }
  it('matches the enterprise organization by name without case', () => {
    expect(memberOf(user, 'sales')).toEqual({ id: 'u1', username: 'ann@x.sim', displayName: 'Ann', email: 'ann@example.com' })
    expect(memberOf(user, 'Marketing')).toBeNull()
    expect(memberOf({ ...user, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': undefined }, 'Sales')).toBeNull()
  })
})
