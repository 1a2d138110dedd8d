import { describe, expect, it } from 'vitest'
import { dataOptions } from '../../test-support/seeded-data'
import { IdentityData } from './identity-data'
import { IDENTITY_DEMO_SERVICE_USER, IDENTITY_TENANT_SUFFIX } from './identity-tenant'

describe('Identity data', () => {
  const data = new IdentityData(dataOptions('small'))

  it('names user fields as GetUser / GetUserAttributes do', () => {
    const user = data.users.at(42)!
    for (const field of ['Uuid', 'Name', 'DisplayName', 'Mail', 'MobileNumber', 'ReportsTo', 'OrgPath', 'CreateDate', 'LastLogin', 'State', 'LockedByAdmin', 'InEverybodyRole']) {
      expect(user).toHaveProperty(field)
    }
    expect(user.Uuid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(user.Name.endsWith(`@${IDENTITY_TENANT_SUFFIX}`)).toBe(true)
  })

  it('starts with the demo service user, and keeps the hierarchy acyclic', () => {
    expect(data.users.at(0)).toMatchObject({ Name: IDENTITY_DEMO_SERVICE_USER.name, ServiceUser: true, OauthClient: true })
    for (let index = 11; index < 300; index += 17) {
      const user = data.users.at(index)!
      const manager = data.users.get(user.ReportsTo!)
      expect(manager).toBeDefined()
      expect(data.users.baseIndexOf(manager!.Uuid)!).toBeLessThan(index)
    }
  })

  it('links users to organizations by id and name, and has users in every state', () => {
    const users = data.users.slice(0, data.users.size)
    const member = users.find((user) => user.internal.organizationId !== null)!
    expect(data.organizations.get(member.internal.organizationId!)?.Name).toBe(member.OrgPath)
    const states = new Set(users.map((user) => user.State))
    expect([...states].sort()).toEqual(['Disabled', 'Expired', 'Locked', 'None'])
    expect(users.some((user) => user.LockedByAdmin)).toBe(true)
    expect(users.some((user) => user.internal.failedSignIns >= 5)).toBe(true)
    expect(users.some((user) => user.EndDate !== null)).toBe(true)
  })

  it('fast columns agree with the records', () => {
    for (const index of [0, 12, 36, 100, 299]) {
      const user = data.users.at(index)!
      for (const [column, value] of [
        [data.userColumns.uuid, user.Uuid],
        [data.userColumns.name, user.Name],
        [data.userColumns.displayName, user.DisplayName],
        [data.userColumns.mail, user.Mail ?? ''],
      ] as const) {
        expect(data.users.query({ match: [{ column, test: (v) => v === value }] }).items.map((u) => u.Uuid)).toContain(user.Uuid)
      }
    }
  })
})
