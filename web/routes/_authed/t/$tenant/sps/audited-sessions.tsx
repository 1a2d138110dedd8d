import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/audited-sessions')({
  beforeLoad: guardScreen('sps.audited-sessions'),
  component: () => <ComingSoon screen="sps.audited-sessions" />,
})
