import { describe, expect, it } from 'vitest'
import { can, permissionsFor } from './roles'

describe('permissionsFor', () => {
  it('gives admin everything for every tenant and console-wide', () => {
    const grants = [{ role: 'admin' as const, tenantId: null }]
    expect(can(grants, 'acme', 'sps.usergroups.write')).toBe(true)
    expect(can(grants, null, 'console.operators.manage')).toBe(true)
  })

  it('keeps a per-tenant grant to its tenant', () => {
    const grants = [{ role: 'helpdesk' as const, tenantId: 'acme' }]
    expect(can(grants, 'acme', 'identity.users.lock')).toBe(true)
    expect(can(grants, 'globex', 'identity.users.lock')).toBe(false)
    expect(can(grants, null, 'identity.users.lock')).toBe(false)
  })

  it('never grants console-wide permissions from a per-tenant admin grant', () => {
    const grants = [{ role: 'admin' as const, tenantId: 'acme' }]
    expect(can(grants, 'acme', 'identity.users.delete')).toBe(true)
    expect(can(grants, null, 'console.operators.manage')).toBe(false)
    expect(can(grants, 'acme', 'console.operators.manage')).toBe(false)
  })

  it('gives helpdesk no deletes, policy or role changes', () => {
    const permissions = permissionsFor([{ role: 'helpdesk', tenantId: null }], 'acme')
    for (const denied of ['identity.users.delete', 'sws.users.delete', 'sws.policies.write', 'sps.usergroups.write'] as const) {
      expect(permissions.has(denied)).toBe(false)
    }
  })

  it('keeps auditor read-only', () => {
    const permissions = [...permissionsFor([{ role: 'auditor', tenantId: null }], 'acme')]
    expect(permissions.filter((permission) => /write|delete|lock|status|manage|invite|exempt/.test(permission))).toEqual([])
  })
})
