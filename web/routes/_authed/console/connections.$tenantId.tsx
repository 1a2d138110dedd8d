import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { PageHeader } from '@/components/page-header'
import { connectionsQueryOptions } from '@/features/connections/api/connection-queries'
import { DeleteTenantButton } from '@/features/connections/components/delete-tenant-button'
import { IdentityConnectionForm } from '@/features/connections/components/identity-connection-form'
import { SpsConnectionForm } from '@/features/connections/components/sps-connection-form'
import { SwsConnectionForm } from '@/features/connections/components/sws-connection-form'

export const Route = createFileRoute('/_authed/console/connections/$tenantId')({
  loader: ({ context, params }) => context.queryClient.ensureQueryData(connectionsQueryOptions(params.tenantId)),
  component: TenantConnectionsPage,
})

function TenantConnectionsPage() {
  const { tenantId } = Route.useParams()
  const { data } = useSuspenseQuery(connectionsQueryOptions(tenantId))
  return (
    <div className="max-w-3xl">
      <PageHeader area="Connections" title={data.tenant.name} description={`Tenant id ${data.tenant.id}. Secrets are sealed and never shown again once saved.`} />
      <div className="space-y-6">
        <IdentityConnectionForm tenantId={tenantId} view={data.identity} />
        <SwsConnectionForm tenantId={tenantId} view={data.sws} />
        <SpsConnectionForm tenantId={tenantId} view={data.sps} />
        <DeleteTenantButton tenant={data.tenant} />
      </div>
    </div>
  )
}
