import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/console/connections')({
  beforeLoad: guardScreen('console.connections'),
  component: () => <ComingSoon screen="console.connections" />,
})
