import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/local-users')({
  beforeLoad: guardScreen('sps.local-users'),
  component: () => <ComingSoon screen="sps.local-users" />,
})
