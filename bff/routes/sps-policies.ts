import { Hono } from 'hono'
import { spsChannelPolicyListParamsSchema, spsChannelPolicyParamsSchema, spsTimePolicyParamsSchema } from '../../contract/sps-policies'
import type { AppEnv } from '../app-env'
import { validate } from '../http/validate'
import { requirePermission } from '../security/rbac'
import { requireSession } from '../security/sessions'
import { listSpsChannelPolicies, listSpsTimePolicies, readSpsChannelPolicy, readSpsTimePolicy } from '../vendors/sps/sps-policies-api'

// SPS time and channel policies, read-only (issue 11): lists and single objects.

const read = requirePermission('sps.policies.read')

export const spsPolicyRoutes = new Hono<AppEnv>()
  .use(requireSession)
  .get('/time-policies', read, async (c) => {
    const sps = await c.var.deps.vendors.sps(c.req.param('tenant') ?? '')
    return c.json(await listSpsTimePolicies(sps, c.var.requestId), 200)
  })
  .get('/time-policies/:key', read, validate('param', spsTimePolicyParamsSchema), async (c) => {
    const sps = await c.var.deps.vendors.sps(c.req.param('tenant') ?? '')
    return c.json(await readSpsTimePolicy(sps, c.req.valid('param').key, c.var.requestId), 200)
  })
  .get('/channel-policies/:protocol', read, validate('param', spsChannelPolicyListParamsSchema), async (c) => {
    const sps = await c.var.deps.vendors.sps(c.req.param('tenant') ?? '')
    return c.json(await listSpsChannelPolicies(sps, c.req.valid('param').protocol, c.var.requestId), 200)
  })
  .get('/channel-policies/:protocol/:key', read, validate('param', spsChannelPolicyParamsSchema), async (c) => {
    const { protocol, key } = c.req.valid('param')
    const sps = await c.var.deps.vendors.sps(c.req.param('tenant') ?? '')
    return c.json(await readSpsChannelPolicy(sps, protocol, key, c.var.requestId), 200)
  })

export type SpsPolicyRoutes = typeof spsPolicyRoutes
