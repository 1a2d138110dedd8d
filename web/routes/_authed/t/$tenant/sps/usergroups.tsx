import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/usergroups')({
  beforeLoad: guardScreen('sps.usergroups'),
  component: () => <ComingSoon screen="sps.usergroups" />,
})
