import type { IdentityOrganization } from '../../../contract/identity-organizations'
import { notFound } from '../../http/api-error'
import { isIdentityNotFound } from './identity-envelope'
import type { IdentityClient } from './identity-client'
import { redrockFullCount, redrockRows, toOrganization } from './identity-organizations'

// Org/* reads the routes and checks share.

const LIST_PAGE = 1_000

/** Every organization: ListAll a page at a time (a tenant has hundreds, not millions). */
export async function allOrganizations(client: IdentityClient, requestId?: string): Promise<IdentityOrganization[]> {
  const all: IdentityOrganization[] = []
  for (let page = 1; ; page += 1) {
    const result = await client.call('/Org/ListAll', { Args: { PageNumber: page, PageSize: LIST_PAGE, Limit: LIST_PAGE, Caching: -1 } }, { read: true, ...(requestId ? { requestId } : {}) })
    const rows = redrockRows(result, 'Org/ListAll')
    all.push(...rows.map(toOrganization))
    const total = redrockFullCount(result)
    if (rows.length < LIST_PAGE || (total !== null && all.length >= total)) return all
  }
}

export async function getOrganization(client: IdentityClient, id: string, requestId?: string): Promise<IdentityOrganization> {
  try {
    return toOrganization(await client.call('/Org/Get', { OrgId: id }, { read: true, ...(requestId ? { requestId } : {}) }))
  } catch (error) {
    if (isIdentityNotFound(error)) throw notFound('The organization')
    throw error
  }
}

/** Whether the organization still exists (Org/Get refuses an unknown one). */
export async function organizationExists(client: IdentityClient, id: string, requestId?: string): Promise<boolean> {
  return (await allOrganizations(client, requestId)).some((organization) => organization.id === id)
}
