import { createFileRoute, redirect } from '@tanstack/react-router'
import { ForbiddenPage } from '@/components/status/forbidden-page'
import { allowedScreens, isTenantScreen } from '@/lib/navigation'

export const Route = createFileRoute('/_authed/console/')({
  beforeLoad: ({ context }) => {
    const screen = allowedScreens(context.session.operator.grants, null).find((candidate) => !isTenantScreen(candidate))
    if (screen) throw redirect({ to: screen.to })
  },
  component: () => <ForbiddenPage />,
})
