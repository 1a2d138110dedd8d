import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/identity/organizations')({
  beforeLoad: guardScreen('identity.organizations'),
  component: () => <ComingSoon screen="identity.organizations" />,
})
