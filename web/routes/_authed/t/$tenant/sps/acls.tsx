import { createFileRoute } from '@tanstack/react-router'
import { aclMatrixQueryOptions } from '@/features/sps-config/api/sps-config-queries'
import { AclMatrixScreen } from '@/features/sps-config/components/acl-matrix-screen'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/acls')({
  beforeLoad: guardScreen('sps.acls'),
  loader: async ({ context, params }) => {
    await context.queryClient.ensureQueryData(aclMatrixQueryOptions(params.tenant)).catch(() => undefined)
  },
  component: AclsPage,
})

function AclsPage() {
  const { tenant } = Route.useParams()
  return <AclMatrixScreen tenantId={tenant} />
}
