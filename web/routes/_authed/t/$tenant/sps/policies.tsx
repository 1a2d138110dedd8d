import { createFileRoute } from '@tanstack/react-router'
import { ComingSoon } from '@/components/coming-soon'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/sps/policies')({
  beforeLoad: guardScreen('sps.policies'),
  component: () => <ComingSoon screen="sps.policies" />,
})
