import type { Context, Hono } from 'hono'
import type { SimContext } from '../../framework/sim-context'
import type { SimEnv } from '../../framework/sim-env'
import type { GatewayData } from '../data/gateway-data'
import type { SwsMemberType, SwsPolicy, SwsPolicyConfiguration } from '../data/sws-policies'
import { SWS_SECURITY_LAYERS, type SwsSecurityLayer } from '../data/sws-tenant'
import { emptyOk } from '../http/empty-ok'
import { FAILED_TO_READ, readJsonBody } from '../http/json-body'
import { pathParam } from '../http/path-param'
import { SwsProblem } from '../http/problem-json'
import { booleanParam, enumListParam, stringParam } from '../http/query-params'
import { pageParams } from '../http/result-window'
import { swsRoute } from '../http/sws-route'
import { matchesAny, wildcardMatcher } from '../http/wildcard-search'

// Operations 1–6 of the SWS API: list policies, get one with its configuration, EPM status,
// default security layers, session-control rules and members, and the four PUTs.

const BASE = '/v2-edge/sws/policies'
const MEMBER_TYPES: readonly SwsMemberType[] = ['Group', 'Role', 'User']
const LAYER_FILTERS = [...SWS_SECURITY_LAYERS, 'None'] as const
const INVALID_CONTENT = 'Invalid request content.'

type BooleanKey = { [K in keyof SwsPolicyConfiguration]: SwsPolicyConfiguration[K] extends boolean ? K : never }[keyof SwsPolicyConfiguration]
const BOOLEAN_KEYS: readonly BooleanKey[] = [
  'clipboardRestrictionEnabled',
  'contextMenuRestrictionEnabled',
  'downloadRestrictionEnabled',
  'enforceEPM',
  'watermarkEnabled',
  'watermarkIncludesUserData',
  'enforcePedometerLock',
]
const URL_LIST_KEYS = ['manualModeURLIncludeList', 'excludedURLs'] as const

function policySummary(policy: SwsPolicy): { policyId: string; name: string; description: string | null; appKey: string; active: boolean } {
  return { policyId: policy.policyId, name: policy.name, description: policy.description, appKey: policy.appKey, active: policy.active }
}

function requirePolicy(data: GatewayData, policyId: string): SwsPolicy {
  const policy = data.policies.get(policyId)
  if (!policy) throw new SwsProblem(404, `Policy ${policyId} was not found`)
  return policy
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** `{"securityLayers": [...]}`, each one of the four documented layers. */
async function readSecurityLayers(c: Context<SimEnv>): Promise<SwsSecurityLayer[]> {
  const body = await readJsonBody(c)
  if (!isObject(body) || !('securityLayers' in body)) throw new SwsProblem(400, INVALID_CONTENT)
  const layers = body.securityLayers
  if (!Array.isArray(layers) || !layers.every((layer) => (SWS_SECURITY_LAYERS as readonly unknown[]).includes(layer))) {
    throw new SwsProblem(400, FAILED_TO_READ)
  }
  return [...new Set(layers as SwsSecurityLayer[])]
}

/** The changes a `policyConfiguration` body makes; unknown keys are ignored, as Jackson does. */
function configurationChanges(value: unknown): Partial<SwsPolicyConfiguration> {
  if (!isObject(value)) throw new SwsProblem(400, INVALID_CONTENT)
  const changes: Record<string, unknown> = {}
  for (const key of BOOLEAN_KEYS) {
    if (value[key] === undefined) continue
    if (typeof value[key] !== 'boolean') throw new SwsProblem(400, FAILED_TO_READ)
    changes[key] = value[key]
  }
  for (const key of URL_LIST_KEYS) {
    const list = value[key]
    if (list === undefined) continue
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string')) throw new SwsProblem(400, FAILED_TO_READ)
    changes[key] = list
  }
  if (value.appProtectionMode !== undefined) {
    if (value.appProtectionMode !== 'Automatic') throw new SwsProblem(400, FAILED_TO_READ)
    changes.appProtectionMode = value.appProtectionMode
  }
  return changes as Partial<SwsPolicyConfiguration>
}

export function registerPolicyRoutes(app: Hono<SimEnv>, context: SimContext<GatewayData>): void {
  const data = context.data

  swsRoute(app, BASE, {
    GET: (c) => {
      const searchString = stringParam(c, 'searchString')
      booleanParam(c, 'isRefresh') // accepted and type-checked; the simulated store is always fresh
      const page = pageParams(c)
      const matches = searchString === undefined ? null : wildcardMatcher(searchString)
      const result = data.policies.query({
        where: matches ? (policy) => matchesAny(matches, [policy.name, policy.description]) : undefined,
        offset: page.offset,
        limit: page.limit,
      })
      // `id` repeats `policyId`: a known client reads `policies[0].id`.
      const policies = result.items.map((policy) => ({ ...policySummary(policy), id: policy.policyId }))
      return c.json({ policies, totalCount: result.total, lastUpdate: context.dataNow })
    },
  })

  swsRoute(app, `${BASE}/:policyId`, {
    GET: (c) => {
      const policy = requirePolicy(data, pathParam(c, 'policyId'))
      const searchString = stringParam(c, 'searchString')
      const layers = enumListParam(c, 'securityLayers', LAYER_FILTERS)
      const memberTypes = enumListParam(c, 'memberTypes', MEMBER_TYPES)
      const page = pageParams(c)
      const matches = searchString === undefined ? null : wildcardMatcher(searchString)
      const members = policy.members.filter(
        (member) =>
          (memberTypes.length === 0 || memberTypes.includes(member.type)) &&
          (layers.length === 0 ||
            (member.securityLayers.length === 0 && layers.includes('None')) ||
            member.securityLayers.some((layer) => (layers as readonly string[]).includes(layer))) &&
          (matches === null || matches(member.name)),
      )
      return c.json({
        policy: policySummary(policy),
        configuration: policy.configuration,
        epmStatus: policy.epmStatus,
        defaultSecurityLayers: policy.defaultSecurityLayers,
        sessionControlRules: policy.sessionControlRules,
        members: { members: members.slice(page.offset, page.offset + page.limit), totalCount: members.length },
      })
    },
  })

  swsRoute(app, `${BASE}/:policyId/status`, {
    PUT: async (c) => {
      const policyId = pathParam(c, 'policyId')
      requirePolicy(data, policyId)
      const body = await readJsonBody(c)
      if (!isObject(body) || body.active === undefined) throw new SwsProblem(400, INVALID_CONTENT)
      if (typeof body.active !== 'boolean') throw new SwsProblem(400, FAILED_TO_READ)
      const active = body.active
      data.policies.update(policyId, (policy) => ({ ...policy, active }))
      return emptyOk(c)
    },
  })

  swsRoute(app, `${BASE}/:policyId/members/:memberId`, {
    PUT: async (c) => {
      const policyId = pathParam(c, 'policyId')
      const memberId = pathParam(c, 'memberId')
      const policy = requirePolicy(data, policyId)
      const securityLayers = await readSecurityLayers(c)
      if (!policy.members.some((member) => member.id === memberId)) throw new SwsProblem(404, `Member ${memberId} was not found in policy ${policyId}`)
      data.policies.update(policyId, (draft) => ({
        ...draft,
        members: draft.members.map((member) => (member.id === memberId ? { ...member, securityLayers } : member)),
      }))
      return emptyOk(c)
    },
  })

  swsRoute(app, `${BASE}/:policyId/default-security-layers`, {
    PUT: async (c) => {
      const policyId = pathParam(c, 'policyId')
      requirePolicy(data, policyId)
      const securityLayers = await readSecurityLayers(c)
      data.policies.update(policyId, (policy) => ({ ...policy, defaultSecurityLayers: securityLayers }))
      return emptyOk(c)
    },
  })

  swsRoute(app, `${BASE}/:policyId/configuration`, {
    PUT: async (c) => {
      const policyId = pathParam(c, 'policyId')
      requirePolicy(data, policyId)
      const body = await readJsonBody(c)
      if (!isObject(body) || body.policyConfiguration === undefined) throw new SwsProblem(400, INVALID_CONTENT)
      const changes = configurationChanges(body.policyConfiguration)
      data.policies.update(policyId, (policy) => ({ ...policy, configuration: { ...policy.configuration, ...changes } }))
      return emptyOk(c)
    },
  })
}
