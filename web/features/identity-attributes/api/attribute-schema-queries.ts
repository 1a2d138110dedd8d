import type { AddAttributeRequest, AttributeSchema, ChangeAttributeRequest, DeleteAttributeRequest } from '@contract/identity-schema'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import type { IdentitySchemaRoutes } from '../../../../bff/routes/identity-schema'
import { unwrap } from '@/lib/api-client'
import { withReauth } from '@/lib/reauth'
import { tenantApiClient } from '@/lib/tenant-api-client'

const schemaClient = tenantApiClient<IdentitySchemaRoutes>('identity/schema')

/** The same key the users screens read the schema under, so a change here shows there too. */
export const attributeSchemaKey = (tenant: string) => [tenant, 'identity', 'schema', 'detail'] as const

export const attributeSchemaQueryOptions = (tenant: string) =>
  queryOptions({
    queryKey: attributeSchemaKey(tenant),
    queryFn: () => unwrap(schemaClient(tenant).index.$get()),
  })

// Every schema change needs a recent sign-in: withReauth asks for it and tries once more.
export const addAttribute = (tenant: string, json: AddAttributeRequest) => withReauth(() => unwrap(schemaClient(tenant).attributes.$post({ json })))

export const changeAttribute = (tenant: string, name: string, json: ChangeAttributeRequest) =>
  withReauth(() => unwrap(schemaClient(tenant).attributes[':name'].$patch({ param: { name }, json })))

export const deleteAttribute = (tenant: string, name: string, json: DeleteAttributeRequest) =>
  withReauth(() => unwrap(schemaClient(tenant).attributes[':name'].$delete({ param: { name }, json })))

/** The schema as the BFF answered it after a change; users' details show attribute values, so they reload. */
export async function applySchemaChange(queryClient: QueryClient, tenant: string, schema: AttributeSchema): Promise<void> {
  queryClient.setQueryData(attributeSchemaKey(tenant), schema)
  await queryClient.invalidateQueries({ queryKey: [tenant, 'identity', 'users', 'detail'] })
}

/** After a refusal that means "not as you saw it" (409, 404), read the schema again. */
export const reloadSchema = (queryClient: QueryClient, tenant: string) => queryClient.invalidateQueries({ queryKey: attributeSchemaKey(tenant) })
