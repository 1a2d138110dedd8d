import { can } from '@contract/roles'
import { createFileRoute, notFound, Outlet } from '@tanstack/react-router'
import { PendingChangesBar } from '@/features/sps-config/components/pending-changes-bar'
import { ApiRequestError } from '@/lib/api-client'
import type { ForbiddenData } from '@/lib/route-guards'
import { rememberTenant, tenantAccessQueryOptions } from '@/lib/tenants'

/** Tenant screens: the BFF says whether the tenant exists and what the operator may do there. */
export const Route = createFileRoute('/_authed/t/$tenant')({
  beforeLoad: async ({ context, params }) => {
    try {
      const access = await context.queryClient.ensureQueryData(tenantAccessQueryOptions(params.tenant))
      rememberTenant(access.tenant.id)
      return { tenant: access.tenant }
    } catch (error) {
      if (error instanceof ApiRequestError && error.status === 404) throw notFound()
      if (error instanceof ApiRequestError && error.status === 403) throw notFound({ data: { forbidden: { message: error.message } } satisfies ForbiddenData })
      throw error
    }
  },
  component: TenantLayout,
})

function TenantLayout() {
  const { tenant } = Route.useParams()
  const { session } = Route.useRouteContext()
  // Only operators who may change SPS configuration here have pending SPS changes to show.
  const spsWriter = can(session.operator.grants, tenant, 'sps.usergroups.write') || can(session.operator.grants, tenant, 'sps.local-users.write')
  return (
    <>
      {spsWriter && <PendingChangesBar tenantId={tenant} />}
      <Outlet />
    </>
  )
}
