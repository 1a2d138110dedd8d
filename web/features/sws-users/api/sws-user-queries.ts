import type { SwsUserDeleteRequest, SwsUserListRequest, SwsUserStatusRequest } from '@contract/sws-users'
import { queryOptions } from '@tanstack/react-query'
import type { SwsUserRoutes } from '../../../../bff/routes/sws-users'
import { unwrap } from '@/lib/api-client'
import { withReauth } from '@/lib/reauth'
import { tenantApiClient } from '@/lib/tenant-api-client'

const usersClient = tenantApiClient<SwsUserRoutes>('sws/users')

/** Everything cached about one tenant's SWS users: a change makes all of it stale. */
export const swsUsersKey = (tenant: string) => [tenant, 'sws', 'users'] as const

export const swsUserListQueryOptions = (tenant: string, params: SwsUserListRequest) =>
  queryOptions({
    queryKey: [...swsUsersKey(tenant), 'list', params],
    queryFn: () => unwrap(usersClient(tenant).index.$get({ query: params })),
    staleTime: 10_000,
  })

export const swsUserDetailQueryOptions = (tenant: string, userId: string) =>
  queryOptions({
    queryKey: [...swsUsersKey(tenant), 'detail', { userId }],
    queryFn: () => unwrap(usersClient(tenant)[':userId'].$get({ param: { userId } })),
    staleTime: 10_000,
  })

export const setSwsUserStatus = (tenant: string, userId: string, json: SwsUserStatusRequest) =>
  unwrap(usersClient(tenant)[':userId'].status.$put({ param: { userId }, json }))

// A delete is sensitive: it needs a recent sign-in or re-authentication.
export const deleteSwsUser = (tenant: string, userId: string, json: SwsUserDeleteRequest) =>
  withReauth(() => unwrap(usersClient(tenant)[':userId'].$delete({ param: { userId }, json })))
