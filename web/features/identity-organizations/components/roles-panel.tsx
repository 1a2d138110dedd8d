import type { IdentityOrganization } from '@contract/identity-organizations'
import { useQuery } from '@tanstack/react-query'
import { rolesQueryOptions } from '../api/organization-queries'
import { SimpleList } from './simple-list'

/** Roles scoped to the organization (Org/GetRoles); read-only here. */
export function RolesPanel({ tenant, organization }: { tenant: string; organization: IdentityOrganization }) {
  const roles = useQuery(rolesQueryOptions(tenant, organization.id))
  return (
    <SimpleList
      label="Roles"
      headings={['Role', 'Description', 'Role id']}
      rows={roles.data?.items}
      error={roles.error}
      onRetry={() => void roles.refetch()}
      empty="No roles are scoped to this organization."
      rowKey={(role) => role.id}
      cells={(role) => [<span className="font-medium">{role.name}</span>, role.description ?? '—', <code className="text-xs">{role.id}</code>]}
    />
  )
}
