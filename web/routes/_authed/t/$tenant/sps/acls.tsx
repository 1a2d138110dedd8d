import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/acls')({
  beforeLoad: guardScreen('sps.acls'),
  component: () => <ComingSoon screen="sps.acls" />,
})
