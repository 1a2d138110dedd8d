import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/console/audit-log')({
  beforeLoad: guardScreen('console.audit-log'),
  component: () => <ComingSoon screen="console.audit-log" />,
})
