import type { IdentityLeaverAction, LeaverRetryRequest, LeaverRunRequest } from '@contract/people'
import { queryOptions } from '@tanstack/react-query'
import type { PeopleRoutes } from '../../../../bff/routes/people'
import { unwrap } from '@/lib/api-client'
import { withReauth } from '@/lib/reauth'
import { tenantApiClient } from '@/lib/tenant-api-client'

const peopleClient = tenantApiClient<PeopleRoutes>('people')

/** Everything cached about one person; a leaver run invalidates it all. */
export const personKey = (tenant: string, userId: string) => [tenant, 'people', 'person', userId] as const

export const personFootprintQueryOptions = (tenant: string, userId: string) =>
  queryOptions({
    queryKey: [...personKey(tenant, userId), 'detail'],
    queryFn: () => unwrap(peopleClient(tenant)[':userId'].$get({ param: { userId } })),
    staleTime: 15_000,
  })

export const leaverPlanQueryOptions = (tenant: string, userId: string, identityAction: IdentityLeaverAction) =>
  queryOptions({
    queryKey: [...personKey(tenant, userId), 'leaver-plan', identityAction],
    queryFn: () => unwrap(peopleClient(tenant)[':userId']['leaver-plan'].$get({ param: { userId }, query: { identityAction } })),
    // A plan must describe the vendors as they are now.
    staleTime: 0,
  })

export const runLeaver = (tenant: string, userId: string, json: LeaverRunRequest) =>
  withReauth(() => unwrap(peopleClient(tenant)[':userId']['leaver-runs'].$post({ param: { userId }, json })))

export const retryLeaver = (tenant: string, userId: string, runId: string, json: LeaverRetryRequest) =>
  withReauth(() => unwrap(peopleClient(tenant)[':userId']['leaver-runs'][':runId'].retry.$post({ param: { userId, runId }, json })))
