import { createFileRoute, redirect } from '@tanstack/react-router'
import { ForbiddenPage } from '@/components/status/forbidden-page'
import { allowedScreens, isTenantScreen } from '@/lib/navigation'

export const Route = createFileRoute('/_authed/t/$tenant/')({
  beforeLoad: ({ context, params }) => {
    const screen = allowedScreens(context.session.operator.grants, params.tenant).find(isTenantScreen)
    if (screen) throw redirect({ to: screen.to, params: { tenant: params.tenant } as never })
  },
  component: () => <ForbiddenPage />,
})
