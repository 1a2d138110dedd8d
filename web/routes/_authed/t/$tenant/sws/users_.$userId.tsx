import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { useMemo } from 'react'
import { swsUserDetailQueryOptions } from '@/features/sws-users/api/sws-user-queries'
import { SwsUserDetailScreen } from '@/features/sws-users/components/sws-user-detail-screen'
import { guardScreen } from '@/lib/route-guards'

const guard = guardScreen('sws.users')

/** One SWS user. */
export const Route = createFileRoute('/_authed/t/$tenant/sws/users_/$userId')({
  // Wrapped: passing guardScreen's function directly makes the router lose this route's own params.
  beforeLoad: ({ context, params }) => guard({ context, params }),
  // Failures are shown in the screen with a retry.
  loader: async ({ context, params }) => {
    await context.queryClient.ensureQueryData(swsUserDetailQueryOptions(params.tenant, params.userId)).catch(() => undefined)
  },
  component: SwsUserPage,
})

function SwsUserPage() {
  const { tenant, userId } = Route.useParams()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  const grants = session.operator.grants
  const canChangeStatus = can(grants, tenant, 'sws.users.status')
  const canDelete = can(grants, tenant, 'sws.users.delete')
  const permissions = useMemo(() => ({ canChangeStatus, canDelete }), [canChangeStatus, canDelete])
  return (
    <SwsUserDetailScreen
      tenant={tenant}
      userId={userId}
      permissions={permissions}
      onDeleted={() => void navigate({ to: '/t/$tenant/sws/users', params: { tenant } })}
    />
  )
}
