import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/identity/users')({
  beforeLoad: guardScreen('identity.users'),
  component: () => <ComingSoon screen="identity.users" />,
})
