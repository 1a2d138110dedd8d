import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sws/activities')({
  beforeLoad: guardScreen('sws.activities'),
  component: () => <ComingSoon screen="sws.activities" />,
})
