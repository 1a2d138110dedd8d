import { Hono, type Context } from 'hono'
import {
  administratorsChangeSchema,
  deleteRequestSchema,
  membershipChangeSchema,
  organizationFormSchema,
  organizationListQuerySchema,
  permissionsChangeSchema,
  type IdentityOrganization,
} from '../../contract/identity-organizations'
import type { AuditAction } from '../../contract/audit-log'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import type { IdentityClient } from '../vendors/identity/identity-client'
import {
  administratorsArgs,
  membershipArgs,
  organizationArgs,
  permissionsArgs,
  redrockRows,
  toAdministrator,
  toOrganization,
  toOrgRole,
  toPermission,
} from '../vendors/identity/identity-organizations'
import { allOrganizations, getOrganization, organizationExists } from '../vendors/identity/identity-organizations-calls'
import { organizationMembers } from '../vendors/identity/identity-scim'

/** Identity has no "members of" query: members are read from at most this many SCIM users. */
const MEMBER_SCAN_LIMIT = 20_000

const tenantOf = (c: Context<AppEnv>) => c.req.param('tenant') ?? ''
const client = (c: Context<AppEnv>) => c.var.deps.vendors.identity(tenantOf(c))
const read = (c: Context<AppEnv>) => ({ read: true, requestId: c.var.requestId })
const target = (organization: Pick<IdentityOrganization, 'id' | 'name'>) => `organization ${organization.name} (${organization.id})`

/** Runs a change and audits it: success with `details`, or failure with the error's message (then rethrows). */
async function audited<T>(
  c: Context<AppEnv>,
  entry: { action: AuditAction; target: string; reason?: string | undefined; details?: Record<string, unknown> },
  change: () => Promise<T>,
): Promise<T> {
  try {
    const result = await change()
    await recordAudit(c, { ...entry, tenantId: tenantOf(c), result: 'success' })
    return result
  } catch (error) {
    await recordAudit(c, { ...entry, tenantId: tenantOf(c), result: 'failure', details: { ...entry.details, error: error instanceof Error ? error.message : String(error) } })
    throw error
  }
}

async function organizationOf(c: Context<AppEnv>, identity: IdentityClient) {
  return getOrganization(identity, c.req.param('orgId') ?? '', c.var.requestId)
}

/** /api/t/:tenant/identity/organizations — Org/*: read for admins and auditors, changes for admins. */
export const identityOrganizationRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', requirePermission('identity.organizations.read'), validate('query', organizationListQuerySchema), async (c) => {
    const { q, page, pageSize, sort } = c.req.valid('query')
    const needle = q?.toLowerCase()
    const matching = (await allOrganizations(await client(c), c.var.requestId)).filter(
      (organization) => !needle || organization.name.toLowerCase().includes(needle) || (organization.description ?? '').toLowerCase().includes(needle),
    )
    const direction = sort === '-name' ? -1 : 1
    matching.sort((a, b) => direction * a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }) || a.id.localeCompare(b.id))
    return c.json({ items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pageSize }, 200)
  })
  .post('/', requirePermission('identity.organizations.write'), validate('json', organizationFormSchema), async (c) => {
    const { name, description, reason } = c.req.valid('json')
    const identity = await client(c)
    // After an unanswered attempt, an organization of that name means the create took effect.
    const checkApplied = async () => (await allOrganizations(identity, c.var.requestId)).some((organization) => organization.name.toLowerCase() === name.toLowerCase())
    const created = await audited(c, { action: 'identity.org.create', target: `organization ${name}`, reason, details: { name, description } }, async () => {
      const result = await identity.call('/Org/Create', organizationArgs({ name, description }), { read: false, checkApplied, requestId: c.var.requestId })
      if (result !== null) return toOrganization(result)
      const found = (await allOrganizations(identity, c.var.requestId)).find((organization) => organization.name.toLowerCase() === name.toLowerCase())
      return found ?? toOrganization(result)
    })
    return c.json(created, 201)
  })
  .get('/:orgId', requirePermission('identity.organizations.read'), async (c) => c.json(await organizationOf(c, await client(c)), 200))
  .put('/:orgId', requirePermission('identity.organizations.write'), validate('json', organizationFormSchema), async (c) => {
    const { name, description, reason } = c.req.valid('json')
    const identity = await client(c)
    const before = await organizationOf(c, identity)
    const checkApplied = async () => {
      const now = await getOrganization(identity, before.id, c.var.requestId)
      return now.name === name && (now.description ?? '') === description
    }
    await audited(c, { action: 'identity.org.update', target: target(before), reason, details: { before: { name: before.name, description: before.description }, after: { name, description } } }, () =>
      identity.call('/Org/Update', { OrgId: before.id, ...organizationArgs({ name, description }) }, { read: false, checkApplied, requestId: c.var.requestId }),
    )
    return c.json(await getOrganization(identity, before.id, c.var.requestId), 200)
  })
  .delete('/:orgId', requirePermission('identity.organizations.write'), validate('json', deleteRequestSchema), async (c) => {
    const { reason } = c.req.valid('json')
    const identity = await client(c)
    const organization = await organizationOf(c, identity)
    const checkApplied = async () => !(await organizationExists(identity, organization.id, c.var.requestId))
    await audited(c, { action: 'identity.org.delete', target: target(organization), reason }, () =>
      identity.call('/Org/Delete', { OrgId: organization.id }, { read: false, checkApplied, requestId: c.var.requestId }),
    )
    return c.body(null, 204)
  })
  .get('/:orgId/members', requirePermission('identity.organizations.read'), async (c) => {
    const identity = await client(c)
    const organization = await organizationOf(c, identity)
    return c.json(await organizationMembers(identity, organization.name, MEMBER_SCAN_LIMIT, c.var.requestId), 200)
  })
  .post('/:orgId/members', requirePermission('identity.organizations.write'), validate('json', membershipChangeSchema), async (c) => {
    const { add, remove, reason } = c.req.valid('json')
    const identity = await client(c)
    const organization = await organizationOf(c, identity)
    await audited(c, { action: 'identity.org.members', target: target(organization), reason, details: { add, remove } }, () =>
      identity.call('/Org/ChangeMemberShip', membershipArgs(organization.id, add, remove), { read: false, requestId: c.var.requestId }),
    )
    return c.json({ ok: true }, 200)
  })
  .get('/:orgId/administrators', requirePermission('identity.organizations.read'), async (c) => {
    const result = await (await client(c)).call('/Org/GetAdministrators', { OrgId: c.req.param('orgId') }, read(c))
    return c.json({ items: redrockRows(result, 'Org/GetAdministrators').flatMap((row) => toAdministrator(row) ?? []) }, 200)
  })
  .post('/:orgId/administrators', requirePermission('identity.organizations.write'), validate('json', administratorsChangeSchema), async (c) => {
    const { grant, revoke, reason } = c.req.valid('json')
    const identity = await client(c)
    const organization = await organizationOf(c, identity)
    // Grant entries name the user as UpdateAdministrators documents: Id, SystemName, directory.
    const granted = await Promise.all(
      grant.map(async (id) => {
        const user = (await identity.call('/UserMgmt/GetUserAttributes', { ID: id }, read(c))) as Record<string, unknown> | null
        const username = typeof user?.Name === 'string' ? user.Name : id
        const directoryServiceUuid = typeof user?.directoryServiceUuid === 'string' ? user.directoryServiceUuid : null
        return { id: typeof user?.Uuid === 'string' ? user.Uuid : id, username, directoryServiceUuid }
      }),
    )
    await audited(c, { action: 'identity.org.administrators', target: target(organization), reason, details: { grant: granted.map((user) => user.username), revoke } }, () =>
      identity.call('/Org/UpdateAdministrators', administratorsArgs(organization.id, granted, revoke), { read: false, requestId: c.var.requestId }),
    )
    return c.json({ ok: true }, 200)
  })
  .get('/:orgId/permissions', requirePermission('identity.organizations.read'), async (c) => {
    const result = await (await client(c)).call('/Org/GetPermission', { OrgId: c.req.param('orgId') }, read(c))
    return c.json({ items: redrockRows(result, 'Org/GetPermission').flatMap((row) => toPermission(row) ?? []) }, 200)
  })
  .post('/:orgId/permissions', requirePermission('identity.organizations.write'), validate('json', permissionsChangeSchema), async (c) => {
    const { grant, revoke, reason } = c.req.valid('json')
    const identity = await client(c)
    const organization = await organizationOf(c, identity)
    await audited(c, { action: 'identity.org.permissions', target: target(organization), reason, details: { grant, revoke } }, () =>
      identity.call('/Org/UpdatePermission', permissionsArgs(organization.id, grant, revoke), { read: false, requestId: c.var.requestId }),
    )
    return c.json({ ok: true }, 200)
  })
  .get('/:orgId/roles', requirePermission('identity.organizations.read'), async (c) => {
    const result = await (await client(c)).call('/Org/GetRoles', { OrgId: c.req.param('orgId') }, read(c))
    return c.json({ items: redrockRows(result, 'Org/GetRoles').flatMap((row) => toOrgRole(row) ?? []) }, 200)
  })

export type IdentityOrganizationRoutes = typeof identityOrganizationRoutes
