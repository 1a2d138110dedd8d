import type {
  SetSwsPolicyStatusRequest,
  SwsPolicyListRequest,
  SwsPolicyMemberRequest,
  UpdateSwsPolicyConfigurationRequest,
  UpdateSwsSecurityLayersRequest,
} from '@contract/sws-policies'
import { queryOptions } from '@tanstack/react-query'
import type { SwsPolicyRoutes } from '../../../../bff/routes/sws-policies'
import { unwrap } from '@/lib/api-client'
import { withReauth } from '@/lib/reauth'
import { tenantApiClient } from '@/lib/tenant-api-client'

const policiesClient = tenantApiClient<SwsPolicyRoutes>('sws/policies')

/** Everything cached about one tenant's policies: a change makes all of it stale. */
export const swsPoliciesKey = (tenant: string) => [tenant, 'sws', 'policies'] as const

export const swsPolicyListQueryOptions = (tenant: string, params: SwsPolicyListRequest) =>
  queryOptions({
    queryKey: [...swsPoliciesKey(tenant), 'list', params],
    queryFn: () => unwrap(policiesClient(tenant).index.$get({ query: params })),
    staleTime: 10_000,
  })

export const swsPolicyDetailQueryOptions = (tenant: string, policyId: string) =>
  queryOptions({
    queryKey: [...swsPoliciesKey(tenant), 'detail', { policyId }],
    queryFn: () => unwrap(policiesClient(tenant)[':policyId'].$get({ param: { policyId } })),
    staleTime: 10_000,
  })

export const swsPolicyMembersQueryOptions = (tenant: string, policyId: string, params: SwsPolicyMemberRequest) =>
  queryOptions({
    queryKey: [...swsPoliciesKey(tenant), 'members', 'list', { policyId, ...params }],
    queryFn: () => unwrap(policiesClient(tenant)[':policyId'].members.$get({ param: { policyId }, query: params })),
    staleTime: 10_000,
  })

// Changes to a policy change what web sessions are protected: each needs a recent sign-in.
export const setSwsPolicyStatus = (tenant: string, policyId: string, json: SetSwsPolicyStatusRequest) =>
  withReauth(() => unwrap(policiesClient(tenant)[':policyId'].status.$put({ param: { policyId }, json })))

export const setSwsPolicyDefaultLayers = (tenant: string, policyId: string, json: UpdateSwsSecurityLayersRequest) =>
  withReauth(() => unwrap(policiesClient(tenant)[':policyId']['default-security-layers'].$put({ param: { policyId }, json })))

export const setSwsPolicyMemberLayers = (tenant: string, policyId: string, memberId: string, json: UpdateSwsSecurityLayersRequest) =>
  withReauth(() => unwrap(policiesClient(tenant)[':policyId'].members[':memberId']['security-layers'].$put({ param: { policyId, memberId }, json })))

export const updateSwsPolicyConfiguration = (tenant: string, policyId: string, json: UpdateSwsPolicyConfigurationRequest) =>
  withReauth(() => unwrap(policiesClient(tenant)[':policyId'].configuration.$put({ param: { policyId }, json })))
