import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { organizationListQueryOptions } from '@/features/identity-organizations/api/organization-queries'
import { OrganizationsScreen } from '@/features/identity-organizations/components/organizations-screen'
import { organizationListRequest, validateOrganizationsSearch } from '@/features/identity-organizations/organizations-search'

export const Route = createFileRoute('/_authed/t/$tenant/identity/organizations/')({
  validateSearch: validateOrganizationsSearch,
  loaderDeps: ({ search }) => ({ view: search.view, request: organizationListRequest(search) }),
  // A failed list is shown by the table, with a retry, rather than by the route's error page.
  loader: async ({ context, params, deps }) => {
    if (deps.view === 'scim-groups') return
    await context.queryClient.ensureQueryData(organizationListQueryOptions(params.tenant, deps.request)).catch(() => undefined)
  },
  component: OrganizationsPage,
})

function OrganizationsPage() {
  const { tenant } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <OrganizationsScreen
      tenant={tenant}
      canWrite={can(session.operator.grants, tenant, 'identity.organizations.write')}
      search={search}
      onSearchChange={(change, options) => void navigate({ search: (previous) => ({ ...previous, ...change }), replace: options?.replace })}
      onCreated={(orgId) => void navigate({ to: '/t/$tenant/identity/organizations/$orgId', params: { tenant, orgId } })}
    />
  )
}
