import { Hono, type Context } from 'hono'
import type { AuditAction } from '../../contract/audit-log'
import {
  setSwsPolicyStatusRequestSchema,
  swsPolicyListQuerySchema,
  swsPolicyMemberParamSchema,
  swsPolicyMemberQuerySchema,
  swsPolicyParamSchema,
  updateSwsPolicyConfigurationRequestSchema,
  updateSwsSecurityLayersRequestSchema,
  type SwsFieldChange,
  type SwsPolicyDetail,
  type SwsPolicyMember,
  type SwsPolicySummary,
} from '../../contract/sws-policies'
import type { AppEnv } from '../app-env'
import { recordAudit } from '../audit/record-audit'
import { ApiError, conflict, notFound, validationFailed } from '../http/api-error'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireRecentAuth } from '../security/reauth'
import { requireSession } from '../security/sessions'
import { configurationDiff, sameLayers, staleConfigurationFields } from '../vendors/sws/sws-policies-changes'
import {
  findSwsPolicyMember,
  listSwsPolicies,
  listSwsPolicyMembers,
  readSwsPolicy,
  setSwsPolicyDefaultLayers,
  setSwsPolicyMemberLayers,
  setSwsPolicyStatus,
  updateSwsPolicyConfiguration,
} from '../vendors/sws/sws-policies-api'

const read = requirePermission('sws.policies.read')
const write = requirePermission('sws.policies.write')

const sws = (c: Context<AppEnv>) => c.var.deps.vendors.sws(c.req.param('tenant') ?? '')
const policyTarget = (policy: SwsPolicySummary) => `policy ${policy.name} (${policy.id})`
const memberTarget = (policy: SwsPolicySummary, member: SwsPolicyMember) => `${policyTarget(policy)} member ${member.name} (${member.id})`

const STALE = 'changed in Secure Web Sessions since you opened it. Reload the policy, check the new values and make your change again.'

interface AuditedChange {
  action: AuditAction
  target: string
  reason: string | undefined
  details: Record<string, unknown>
}

/**
 * Runs a vendor change and records it: success with what changed, failure with why (then the
 * error goes on to the operator).
 */
async function audited<T>(c: Context<AppEnv>, change: AuditedChange, run: () => Promise<T>): Promise<T> {
  const tenantId = c.req.param('tenant') ?? null
  try {
    const result = await run()
    await recordAudit(c, { ...change, tenantId, result: 'success' })
    return result
  } catch (error) {
    const why = error instanceof ApiError ? { code: error.code, message: error.message } : { code: 'internal_error', message: 'unexpected failure' }
    await recordAudit(c, { ...change, tenantId, result: 'failure', details: { ...change.details, error: why } })
    throw error
  }
}

/** Refuses, and audits the refusal, when what the operator saw is no longer what SWS holds. */
async function refuseStale(c: Context<AppEnv>, change: AuditedChange, message: string): Promise<never> {
  return audited(c, change, () => Promise.reject(conflict(message)))
}

/** /api/t/:tenant/sws/policies — read for admins; every change needs sws.policies.write, a recent sign-in and is audited. */
export const swsPolicyRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/', read, validate('query', swsPolicyListQuerySchema), async (c) => {
    return c.json(await listSwsPolicies(await sws(c), c.req.valid('query'), c.var.requestId), 200)
  })
  .get('/:policyId', read, validate('param', swsPolicyParamSchema), async (c) => {
    const { policyId } = c.req.valid('param')
    const state = await readSwsPolicy(await sws(c), policyId, c.var.requestId)
    return c.json(state.detail satisfies SwsPolicyDetail, 200)
  })
  .get('/:policyId/members', read, validate('param', swsPolicyParamSchema), validate('query', swsPolicyMemberQuerySchema), async (c) => {
    const { policyId } = c.req.valid('param')
    return c.json(await listSwsPolicyMembers(await sws(c), policyId, c.req.valid('query'), c.var.requestId), 200)
  })
  .put('/:policyId/status', write, requireRecentAuth, validate('param', swsPolicyParamSchema), validate('json', setSwsPolicyStatusRequestSchema), async (c) => {
    const { policyId } = c.req.valid('param')
    const { active, reason } = c.req.valid('json')
    const client = await sws(c)
    const { detail } = await readSwsPolicy(client, policyId, c.var.requestId)
    const changes: SwsFieldChange[] = detail.policy.active === active ? [] : [{ field: 'active', before: detail.policy.active, after: active }]
    await audited(
      c,
      { action: active ? 'sws.policy.activate' : 'sws.policy.deactivate', target: policyTarget(detail.policy), reason, details: { changes } },
      () => setSwsPolicyStatus(client, policyId, active, c.var.requestId),
    )
    return c.json((await readSwsPolicy(client, policyId, c.var.requestId)).detail satisfies SwsPolicyDetail, 200)
  })
  .put(
    '/:policyId/default-security-layers',
    write,
    requireRecentAuth,
    validate('param', swsPolicyParamSchema),
    validate('json', updateSwsSecurityLayersRequestSchema),
    async (c) => {
      const { policyId } = c.req.valid('param')
      const { securityLayers, expected, reason } = c.req.valid('json')
      const client = await sws(c)
      const { detail } = await readSwsPolicy(client, policyId, c.var.requestId)
      const before = detail.defaultSecurityLayers
      const change = { action: 'sws.policy.update-layers' as const, target: policyTarget(detail.policy), reason, details: { changes: [{ field: 'defaultSecurityLayers', before, after: securityLayers }] } }
      if (!sameLayers(before, expected)) await refuseStale(c, change, `The default security layers ${STALE}`)
      if (sameLayers(before, securityLayers)) throw validationFailed([{ path: 'securityLayers', message: 'These are already the default layers: change at least one' }])
      const after = await audited(c, change, () => setSwsPolicyDefaultLayers(client, policyId, securityLayers, before, c.var.requestId))
      return c.json({ ...(await readSwsPolicy(client, policyId, c.var.requestId)).detail, defaultSecurityLayers: after } satisfies SwsPolicyDetail, 200)
    },
  )
  .put(
    '/:policyId/members/:memberId/security-layers',
    write,
    requireRecentAuth,
    validate('param', swsPolicyMemberParamSchema),
    validate('json', updateSwsSecurityLayersRequestSchema),
    async (c) => {
      const { policyId, memberId } = c.req.valid('param')
      const { securityLayers, expected, reason } = c.req.valid('json')
      const client = await sws(c)
      const { detail } = await readSwsPolicy(client, policyId, c.var.requestId)
      const member = await findSwsPolicyMember(client, policyId, memberId, c.var.requestId)
      if (!member) throw notFound(`The member ${memberId} of ${detail.policy.name}`)
      const change = {
        action: 'sws.policy.update-member-layers' as const,
        target: memberTarget(detail.policy, member),
        reason,
        details: { changes: [{ field: 'securityLayers', before: member.securityLayers, after: securityLayers }] },
      }
      if (!sameLayers(member.securityLayers, expected)) await refuseStale(c, change, `The security layers of ${member.name} ${STALE}`)
      if (sameLayers(member.securityLayers, securityLayers)) {
        throw validationFailed([{ path: 'securityLayers', message: 'These are already the member’s layers: change at least one' }])
      }
      const after = await audited(c, change, () => setSwsPolicyMemberLayers(client, policyId, member, securityLayers, c.var.requestId))
      return c.json({ ...member, securityLayers: after } satisfies SwsPolicyMember, 200)
    },
  )
  .put(
    '/:policyId/configuration',
    write,
    requireRecentAuth,
    validate('param', swsPolicyParamSchema),
    validate('json', updateSwsPolicyConfigurationRequestSchema),
    async (c) => {
      const { policyId } = c.req.valid('param')
      const { changes, expected, reason } = c.req.valid('json')
      const client = await sws(c)
      const { detail, rawConfiguration } = await readSwsPolicy(client, policyId, c.var.requestId)
      const diff = configurationDiff(detail.configuration, changes)
      const change = { action: 'sws.policy.update-config' as const, target: policyTarget(detail.policy), reason, details: { changes: diff } }
      const stale = staleConfigurationFields(detail.configuration, changes, expected)
      if (stale.length > 0) await refuseStale(c, { ...change, details: { ...change.details, stale } }, `These settings were ${STALE} (${stale.join(', ')})`)
      if (diff.length === 0) throw validationFailed([{ path: 'changes', message: 'These are already the policy’s settings: change at least one' }])
      await audited(c, change, () => updateSwsPolicyConfiguration(client, policyId, rawConfiguration, changes, c.var.requestId))
      return c.json((await readSwsPolicy(client, policyId, c.var.requestId)).detail satisfies SwsPolicyDetail, 200)
    },
  )

export type SwsPolicyRoutes = typeof swsPolicyRoutes
