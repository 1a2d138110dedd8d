import type { SpsChannelProtocol } from '@contract/sps-policies'
import { queryOptions } from '@tanstack/react-query'
import type { SpsPolicyRoutes } from '../../../../bff/routes/sps-policies'
import { unwrap } from '@/lib/api-client'
import { tenantApiClient } from '@/lib/tenant-api-client'

const policiesClient = tenantApiClient<SpsPolicyRoutes>('sps/policies')

export const spsPoliciesKey = (tenant: string) => [tenant, 'sps', 'policies'] as const

// Policies change rarely and only on the appliance (read-only here): a minute-old list is fine.
const STALE_MS = 60_000

export const spsTimePoliciesQueryOptions = (tenant: string) =>
  queryOptions({
    queryKey: [...spsPoliciesKey(tenant), 'list', { kind: 'time' }],
    queryFn: () => unwrap(policiesClient(tenant)['time-policies'].$get()),
    staleTime: STALE_MS,
  })

export const spsTimePolicyQueryOptions = (tenant: string, key: string) =>
  queryOptions({
    queryKey: [...spsPoliciesKey(tenant), 'detail', { kind: 'time', key }],
    queryFn: () => unwrap(policiesClient(tenant)['time-policies'][':key'].$get({ param: { key } })),
    staleTime: STALE_MS,
  })

export const spsChannelPoliciesQueryOptions = (tenant: string, protocol: SpsChannelProtocol) =>
  queryOptions({
    queryKey: [...spsPoliciesKey(tenant), 'list', { kind: protocol }],
    queryFn: () => unwrap(policiesClient(tenant)['channel-policies'][':protocol'].$get({ param: { protocol } })),
    staleTime: STALE_MS,
  })

export const spsChannelPolicyQueryOptions = (tenant: string, protocol: SpsChannelProtocol, key: string) =>
  queryOptions({
    queryKey: [...spsPoliciesKey(tenant), 'detail', { kind: protocol, key }],
    queryFn: () => unwrap(policiesClient(tenant)['channel-policies'][':protocol'][':key'].$get({ param: { protocol, key } })),
    staleTime: STALE_MS,
  })
