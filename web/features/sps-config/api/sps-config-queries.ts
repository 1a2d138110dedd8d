import type {
  ChangeLocalUserPasswordRequest,
  CreateLocalUserRequest,
  SpsCommitRequest,
  SpsConfigListQuery,
  SpsDeleteRequest,
  SpsDiscardRequest,
  UsergroupRequest,
} from '@contract/sps-config'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { SpsAclRoutes } from '../../../../bff/routes/sps-acls'
import type { SpsLocalUserRoutes } from '../../../../bff/routes/sps-local-users'
import type { SpsTransactionRoutes } from '../../../../bff/routes/sps-transaction'
import type { SpsUsergroupRoutes } from '../../../../bff/routes/sps-usergroups'
import { unwrap } from '@/lib/api-client'
import { tenantApiClient } from '@/lib/tenant-api-client'
import { withReauth } from '@/lib/reauth'

const usergroupsClient = tenantApiClient<SpsUsergroupRoutes>('sps/usergroups')
const localUsersClient = tenantApiClient<SpsLocalUserRoutes>('sps/local-users')
const aclsClient = tenantApiClient<SpsAclRoutes>('sps/acls')
const transactionClient = tenantApiClient<SpsTransactionRoutes>('sps/transaction')

/** Everything the SPS configuration screens cache for a tenant; a change or commit makes it stale. */
export const spsConfigKey = (tenantId: string) => [tenantId, 'sps-config'] as const

export const usergroupListQueryOptions = (tenantId: string, query: SpsConfigListQuery) =>
  queryOptions({
    queryKey: [...spsConfigKey(tenantId), 'usergroups', 'list', query],
    queryFn: () => unwrap(usergroupsClient(tenantId).index.$get({ query })),
  })

export const memberChoicesQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [...spsConfigKey(tenantId), 'member-choices', 'list'],
    queryFn: () => unwrap(usergroupsClient(tenantId)['member-choices'].$get()),
  })

export const localUserListQueryOptions = (tenantId: string, query: SpsConfigListQuery) =>
  queryOptions({
    queryKey: [...spsConfigKey(tenantId), 'local-users', 'list', query],
    queryFn: () => unwrap(localUsersClient(tenantId).index.$get({ query })),
  })

export const aclMatrixQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [tenantId, 'sps-acls', 'matrix', 'detail'],
    queryFn: () => unwrap(aclsClient(tenantId).index.$get()),
    staleTime: 60_000,
  })

/**
 * The operator's pending SPS changes. Not polled: every SPS request renews SPS's idle timer, so
 * polling would keep an abandoned transaction (and the configuration lock) alive for ever.
 */
export const transactionQueryOptions = (tenantId: string) =>
  queryOptions({
    queryKey: [tenantId, 'sps-transaction', 'detail'],
    queryFn: () => unwrap(transactionClient(tenantId).index.$get()),
    staleTime: 15_000,
    refetchOnWindowFocus: true,
  })

/** After a change, commit or discard: lists and the pending-changes bar read again. */
export async function refreshSpsConfig(queryClient: QueryClient, tenantId: string): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: spsConfigKey(tenantId) }),
    queryClient.invalidateQueries({ queryKey: [tenantId, 'sps-transaction'] }),
  ])
}

export const createUsergroup = (tenantId: string, json: UsergroupRequest) => withReauth(() => unwrap(usergroupsClient(tenantId).index.$post({ json })))
export const updateUsergroup = (tenantId: string, key: string, json: UsergroupRequest) =>
  withReauth(() => unwrap(usergroupsClient(tenantId)[':key'].$put({ param: { key }, json })))
export const deleteUsergroup = (tenantId: string, key: string, json: SpsDeleteRequest) =>
  withReauth(() => unwrap(usergroupsClient(tenantId)[':key'].$delete({ param: { key }, json })))

export const createLocalUser = (tenantId: string, json: CreateLocalUserRequest) => withReauth(() => unwrap(localUsersClient(tenantId).index.$post({ json })))
export const changeLocalUserPassword = (tenantId: string, key: string, json: ChangeLocalUserPasswordRequest) =>
  withReauth(() => unwrap(localUsersClient(tenantId)[':key'].password.$put({ param: { key }, json })))
export const deleteLocalUser = (tenantId: string, key: string, json: SpsDeleteRequest) =>
  withReauth(() => unwrap(localUsersClient(tenantId)[':key'].$delete({ param: { key }, json })))

export const commitSpsChanges = (tenantId: string, json: SpsCommitRequest) => withReauth(() => unwrap(transactionClient(tenantId).commit.$post({ json })))
export const discardSpsChanges = (tenantId: string, json: SpsDiscardRequest) => unwrap(transactionClient(tenantId).discard.$post({ json }))
