import { createFileRoute, notFound, Outlet } from '@tanstack/react-router'
import { rememberTenant, tenantsQueryOptions } from '@/lib/tenants'

/** Tenant screens: the tenant must exist and be visible to the operator. */
export const Route = createFileRoute('/_authed/t/$tenant')({
  beforeLoad: async ({ context, params }) => {
    const { items } = await context.queryClient.ensureQueryData(tenantsQueryOptions())
    const tenant = items.find((candidate) => candidate.id === params.tenant)
    if (!tenant) throw notFound()
    rememberTenant(tenant.id)
    return { tenant }
  },
  component: Outlet,
})
