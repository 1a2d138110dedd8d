import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute, Outlet, useChildMatches } from '@tanstack/react-router'
import { PageHeader } from '@/components/page-header'
import { NewTenantDialog } from '@/features/connections/components/new-tenant-dialog'
import { TenantsTable } from '@/features/connections/components/tenants-table'
import { guardScreen } from '@/lib/route-guards'
import { tenantsQueryOptions } from '@/lib/tenants'

export const Route = createFileRoute('/_authed/console/connections')({
  beforeLoad: guardScreen('console.connections'),
  loader: ({ context }) => context.queryClient.ensureQueryData(tenantsQueryOptions()),
  component: ConnectionsPage,
})

function ConnectionsPage() {
  const { data } = useSuspenseQuery(tenantsQueryOptions())
  // A tenant's own page renders in place of the list.
  if (useChildMatches().length > 0) return <Outlet />
  return (
    <>
      <PageHeader area="Console" title="Connections" description="Tenants and the vendor connections the console reaches them through." actions={<NewTenantDialog />} />
      <TenantsTable tenants={data.items} />
    </>
  )
}
