import { createFileRoute, redirect } from '@tanstack/react-router'
import { ForbiddenPage } from '@/components/status/forbidden-page'
import { allowedScreens, isTenantScreen } from '@/lib/navigation'
import { sessionQueryOptions } from '@/lib/session'
import { lastTenant, tenantsQueryOptions } from '@/lib/tenants'

/** The start page: the first screen the operator's role may use, in the last tenant they used. */
export const Route = createFileRoute('/')({
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions())
    if (!session) throw redirect({ to: '/sign-in', search: {} })
    const { items: tenants } = await context.queryClient.ensureQueryData(tenantsQueryOptions())
    const tenant = tenants.find((candidate) => candidate.id === lastTenant()) ?? tenants[0]
    const screen = allowedScreens(session.operator.grants, tenant?.id ?? null)[0]
    if (!screen) return
    if (isTenantScreen(screen) && tenant) throw redirect({ to: screen.to, params: { tenant: tenant.id } as never })
    throw redirect({ to: screen.to })
  },
  component: () => <ForbiddenPage />,
})
