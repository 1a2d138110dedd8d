import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sws/sessions')({
  beforeLoad: guardScreen('sws.sessions'),
  component: () => <ComingSoon screen="sws.sessions" />,
})
