import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { searchOneOf } from '@/components/data-table/table-search-params'
import { organizationQueryOptions } from '@/features/identity-organizations/api/organization-queries'
import { OrganizationDetailScreen } from '@/features/identity-organizations/components/organization-detail-screen'
import { ORG_TABS, type OrgTab } from '@/features/identity-organizations/organization-tabs'

export const Route = createFileRoute('/_authed/t/$tenant/identity/organizations/$orgId')({
  validateSearch: (raw: Record<string, unknown>): { tab?: OrgTab } => ({ tab: searchOneOf(raw.tab, ORG_TABS) }),
  loader: async ({ context, params }) => {
    await context.queryClient.ensureQueryData(organizationQueryOptions(params.tenant, params.orgId)).catch(() => undefined)
  },
  component: OrganizationPage,
})

function OrganizationPage() {
  const { tenant, orgId } = Route.useParams()
  const { tab } = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <OrganizationDetailScreen
      tenant={tenant}
      orgId={orgId}
      canWrite={can(session.operator.grants, tenant, 'identity.organizations.write')}
      tab={tab ?? 'members'}
      onTabChange={(next) => void navigate({ search: { tab: next === 'members' ? undefined : next }, replace: true })}
    />
  )
}
