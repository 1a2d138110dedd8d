import { badArgument, notFound } from '../envelope/identity-api-error'
import type { IdentityData } from '../data/identity-data'
import type { IdentityOrganization } from '../data/identity-organizations'

/** By ID, or by name (case-insensitive): OrgPath carries a name, the Org endpoints an OrgId. */
export function findOrganization(data: IdentityData, idOrName: string): IdentityOrganization | undefined {
  const key = idOrName.trim()
  const byId = data.organizations.get(key) ?? data.organizations.get(key.toLowerCase())
  if (byId) return byId
  const lower = key.toLowerCase()
  for (const organization of data.organizations.values()) if (organization.Name.toLowerCase() === lower) return organization
  return undefined
}

export function requireOrganization(data: IdentityData, orgId: string | null | undefined): IdentityOrganization {
  if (orgId === undefined || orgId === null || orgId.trim() === '') throw badArgument("Parameter 'OrgId' must be specified.")
  const organization = data.organizations.get(orgId.trim()) ?? data.organizations.get(orgId.trim().toLowerCase())
  if (!organization) throw notFound(`Organization '${orgId}' was not found.`)
  return organization
}
