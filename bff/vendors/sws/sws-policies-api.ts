import {
  SWS_MEMBER_LAYER_FILTERS,
  SWS_RESULT_WINDOW,
  type SwsPolicyConfiguration,
  type SwsPolicyDetail,
  type SwsPolicyListQuery,
  type SwsPolicyMember,
  type SwsPolicyMemberQuery,
  type SwsPolicyPage,
  type SwsPolicyMemberPage,
  type SwsSecurityLayer,
} from '../../../contract/sws-policies'
import type { SwsClient } from './sws-client'
import { configurationApplied, configurationWriteBody, sameLayers, securityLayersWriteBody } from './sws-policies-changes'
import { parsePolicyDetail, parsePolicyList, parsePolicyMembers, rawConfiguration, toConfiguration } from './sws-policies-wire'

// The SWS policy operations (1–6 of the vendor notes) over an SwsClient. Every write carries a
// checkApplied that reads the policy back, so a 5xx or timeout is not blindly retried.

const path = (policyId: string) => `/sws/policies/${encodeURIComponent(policyId)}`
const MEMBER_SCAN_PAGE = 100

/**
 * The seed: "All the security layer parameters should be selected so that all details about an
 * identified policy are retrieved." Without a layer filter the console asks for every layer and None.
 */
const ALL_LAYER_FILTERS = SWS_MEMBER_LAYER_FILTERS

export async function listSwsPolicies(sws: SwsClient, query: SwsPolicyListQuery, requestId?: string): Promise<SwsPolicyPage> {
  const body = await sws.get(
    '/sws/policies/',
    { ...(query.q ? { searchString: query.q } : {}), offset: (query.page - 1) * query.pageSize, limit: query.pageSize },
    requestId,
  )
  const { items, total } = parsePolicyList(body)
  return { items, total, page: query.page, pageSize: query.pageSize }
}

export interface SwsPolicyState {
  detail: SwsPolicyDetail
  /** The configuration exactly as the vendor answered it, for writes. */
  rawConfiguration: Record<string, unknown>
}

export async function readSwsPolicy(sws: SwsClient, policyId: string, requestId?: string): Promise<SwsPolicyState> {
  const body = await sws.get(path(policyId), { securityLayers: ALL_LAYER_FILTERS, offset: 0, limit: 1 }, requestId)
  return { detail: parsePolicyDetail(body), rawConfiguration: rawConfiguration(body) }
}

export async function listSwsPolicyMembers(sws: SwsClient, policyId: string, query: SwsPolicyMemberQuery, requestId?: string): Promise<SwsPolicyMemberPage> {
  const body = await sws.get(
    path(policyId),
    {
      securityLayers: query.layer ? [query.layer] : ALL_LAYER_FILTERS,
      ...(query.type ? { memberTypes: [query.type] } : {}),
      ...(query.q ? { searchString: query.q } : {}),
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    },
    requestId,
  )
  const { items, total } = parsePolicyMembers(body)
  return { items, total, page: query.page, pageSize: query.pageSize }
}

/** One member by id: the API has no member lookup, so the member pages are read until it shows. */
export async function findSwsPolicyMember(sws: SwsClient, policyId: string, memberId: string, requestId?: string): Promise<SwsPolicyMember | null> {
  for (let offset = 0; offset + MEMBER_SCAN_PAGE <= SWS_RESULT_WINDOW; offset += MEMBER_SCAN_PAGE) {
    const body = await sws.get(path(policyId), { securityLayers: ALL_LAYER_FILTERS, offset, limit: MEMBER_SCAN_PAGE }, requestId)
    const { items, total } = parsePolicyMembers(body)
    const found = items.find((member) => member.id === memberId)
    if (found) return found
    if (items.length < MEMBER_SCAN_PAGE || (total !== null && offset + MEMBER_SCAN_PAGE >= total)) return null
  }
  return null
}

export async function setSwsPolicyStatus(sws: SwsClient, policyId: string, active: boolean, requestId?: string): Promise<void> {
  await sws.put(`${path(policyId)}/status`, { active }, {
    ...(requestId ? { requestId } : {}),
    checkApplied: async () => (await readSwsPolicy(sws, policyId, requestId)).detail.policy.active === active,
  })
}

export async function setSwsPolicyDefaultLayers(
  sws: SwsClient,
  policyId: string,
  requested: readonly SwsSecurityLayer[],
  current: readonly string[],
  requestId?: string,
): Promise<string[]> {
  const body = securityLayersWriteBody(requested, current)
  await sws.put(`${path(policyId)}/default-security-layers`, body, {
    ...(requestId ? { requestId } : {}),
    checkApplied: async () => sameLayers((await readSwsPolicy(sws, policyId, requestId)).detail.defaultSecurityLayers, body.securityLayers),
  })
  return body.securityLayers
}

export async function setSwsPolicyMemberLayers(
  sws: SwsClient,
  policyId: string,
  member: SwsPolicyMember,
  requested: readonly SwsSecurityLayer[],
  requestId?: string,
): Promise<string[]> {
  const body = securityLayersWriteBody(requested, member.securityLayers)
  await sws.put(`${path(policyId)}/members/${encodeURIComponent(member.id)}`, body, {
    ...(requestId ? { requestId } : {}),
    checkApplied: async () => {
      const now = await findSwsPolicyMember(sws, policyId, member.id, requestId)
      return now !== null && sameLayers(now.securityLayers, body.securityLayers)
    },
  })
  return body.securityLayers
}

export async function updateSwsPolicyConfiguration(
  sws: SwsClient,
  policyId: string,
  raw: Record<string, unknown>,
  changes: Partial<SwsPolicyConfiguration>,
  requestId?: string,
): Promise<Record<string, unknown>> {
  const body = configurationWriteBody(raw, changes)
  await sws.put(`${path(policyId)}/configuration`, body, {
    ...(requestId ? { requestId } : {}),
    checkApplied: async () => configurationApplied(toConfiguration((await readSwsPolicy(sws, policyId, requestId)).rawConfiguration), changes),
  })
  return body.policyConfiguration
}
