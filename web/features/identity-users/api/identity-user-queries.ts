import type { UpdateSchemaRequest } from '@contract/identity-schema'
import type {
  CreateUserRequest,
  IdentityUserFilterQuery,
  IdentityUserListRequest,
  IdentityUserSummary,
  InviteRequest,
  MfaExemptionRequest,
  ResetPasswordRequest,
  SetAttributesRequest,
  SetPictureRequest,
  SetStateRequest,
  UpdateProfileRequest,
} from '@contract/identity-users'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { IdentitySchemaRoutes } from '../../../../bff/routes/identity-schema'
import type { IdentityUserRoutes } from '../../../../bff/routes/identity-users'
import { downloadFile } from '@/lib/download-file'
import { unwrap } from '@/lib/api-client'
import { withReauth } from '@/lib/reauth'
import { limitConcurrency } from './concurrency-limit'
import { tenantApiClient } from '@/lib/tenant-api-client'

const usersClient = tenantApiClient<IdentityUserRoutes>('identity/users')
const schemaClient = tenantApiClient<IdentitySchemaRoutes>('identity/schema')

/** Every cached piece of one tenant's users: lists, details, row signals. */
export const usersKey = (tenant: string) => [tenant, 'identity', 'users'] as const

export const userListQueryOptions = (tenant: string, params: IdentityUserListRequest) =>
  queryOptions({
    queryKey: [...usersKey(tenant), 'list', params],
    queryFn: () => unwrap(usersClient(tenant).index.$get({ query: params })),
    staleTime: 10_000,
  })

export const userDetailQueryOptions = (tenant: string, id: string) =>
  queryOptions({
    queryKey: [...usersKey(tenant), 'detail', id],
    queryFn: () => unwrap(usersClient(tenant)[':id'].$get({ param: { id } })),
  })

// Lock-out by policy and risk cost two vendor calls per user: at most three rows are asked at
// once, which leaves room in the BFF's per-connection cap (8) for the list itself.
const signalsLimit = limitConcurrency(3)

export const userSignalsQueryOptions = (tenant: string, id: string) =>
  queryOptions({
    queryKey: [...usersKey(tenant), 'signals', id],
    queryFn: ({ signal }) => signalsLimit(() => unwrap(usersClient(tenant)[':id'].signals.$get({ param: { id } }, { init: { signal } })), signal),
    staleTime: 30_000,
    retry: false,
  })

export const attributeSchemaQueryOptions = (tenant: string) =>
  queryOptions({
    queryKey: [tenant, 'identity', 'schema', 'detail'],
    queryFn: () => unwrap(schemaClient(tenant).index.$get()),
  })

export const techSupportUserQueryOptions = (tenant: string) =>
  queryOptions({
    queryKey: [tenant, 'identity', 'tech-support-user', 'detail'],
    queryFn: () => unwrap(usersClient(tenant)['tech-support'].$get()),
  })

type Changed = { user: IdentityUserSummary | null }

/** The changes every row and detail offers; each answers the user as the list now shows them. */
export const userActions = (tenant: string) => {
  const user = usersClient(tenant)[':id']
  return {
    lock: (id: string, reason?: string): Promise<Changed> => unwrap(user.lock.$post({ param: { id }, json: { reason } })),
    unlock: (id: string, reason?: string): Promise<Changed> => unwrap(user.unlock.$post({ param: { id }, json: { reason } })),
    signOutEverywhere: (id: string, reason?: string): Promise<Changed> => unwrap(user['sign-out-everywhere'].$post({ param: { id }, json: { reason } })),
    enable: (id: string, reason?: string): Promise<Changed> => unwrap(user.enable.$post({ param: { id }, json: { reason } })),
    disable: (id: string, reason?: string): Promise<Changed> => unwrap(user.disable.$post({ param: { id }, json: { reason } })),
    resetPassword: (id: string, json: ResetPasswordRequest) => unwrap(user['reset-password'].$post({ param: { id }, json })),
    exemptFromMfa: (id: string, json: MfaExemptionRequest) => unwrap(user['mfa-exemption'].$post({ param: { id }, json })),
    invite: (id: string, json: InviteRequest): Promise<Changed> => unwrap(user.invite.$post({ param: { id }, json })),
    setState: (id: string, json: SetStateRequest): Promise<Changed> => unwrap(user.state.$put({ param: { id }, json })),
    updateProfile: (id: string, json: UpdateProfileRequest): Promise<Changed> => unwrap(user.profile.$put({ param: { id }, json })),
    setPicture: (id: string, json: SetPictureRequest): Promise<Changed> => unwrap(user.picture.$put({ param: { id }, json })),
    setAttributes: (id: string, json: SetAttributesRequest): Promise<Changed> => unwrap(user.attributes.$put({ param: { id }, json })),
    // Deleting needs a recent re-authentication.
    remove: (id: string, reason: string) => withReauth(() => unwrap(user.$delete({ param: { id }, json: { reason } }))),
  }
}
export type UserActions = ReturnType<typeof userActions>

export const createIdentityUser = (tenant: string, json: CreateUserRequest) => unwrap(usersClient(tenant).index.$post({ json }))

export const updateAttributeSchema = (tenant: string, json: UpdateSchemaRequest) => withReauth(() => unwrap(schemaClient(tenant).index.$put({ json })))

/**
 * After a change: the user's row shows its new state at once in every cached page, then
 * lists, detail and signals are fetched again.
 */
export async function applyUserChange(queryClient: QueryClient, tenant: string, id: string, user: IdentityUserSummary | null | undefined): Promise<void> {
  queryClient.setQueriesData<{ items: IdentityUserSummary[] }>({ queryKey: [...usersKey(tenant), 'list'] }, (page) =>
    page
      ? {
          ...page,
          items: user ? page.items.map((item) => (item.id === id ? user : item)) : page.items.filter((item) => item.id !== id),
        }
      : page,
  )
  await queryClient.invalidateQueries({ queryKey: usersKey(tenant) })
}

/** Downloads the CSV of every user matching the filters; resolves with the file name. */
export async function downloadUsersCsv(tenant: string, filters: IdentityUserFilterQuery): Promise<string> {
  return downloadFile(() => usersClient(tenant)['export.csv'].$get({ query: filters }), 'identity-users.csv')
}
