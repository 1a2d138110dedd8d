import { useQuery } from '@tanstack/react-query'
import { createFileRoute, Outlet, redirect } from '@tanstack/react-router'
import { AppShell } from '@/components/shell/app-shell'
import { sessionQueryOptions } from '@/lib/session'
import { loadClassMerge } from '@/lib/utils'

/** Every signed-in screen: without a session, go to sign-in and come back here afterwards. */
export const Route = createFileRoute('/_authed')({
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions())
    if (!session) throw redirect({ to: '/sign-in', search: { redirect: location.href } })
    // An admin who owes MFA enrolment sees nothing else until it is done (the BFF refuses the rest).
    if (session.mfaEnrolmentRequired && location.pathname !== '/console/account') throw redirect({ to: '/console/account' })
    // Signed-in screens override component classes, so cn() must merge before any of them renders
    // (main.tsx started the load at boot; this waits only if it is not done yet).
    await loadClassMerge()
    return { session }
  },
  component: AuthedLayout,
})

function AuthedLayout() {
  // The query, not the route context, so MFA enrolment or a role change shows without a reload.
  const { data } = useQuery(sessionQueryOptions())
  const context = Route.useRouteContext()
  const session = data ?? context.session
  return (
    <AppShell session={session}>
      <Outlet />
    </AppShell>
  )
}
