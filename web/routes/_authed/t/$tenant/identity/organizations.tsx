import { createFileRoute, Outlet } from '@tanstack/react-router'
import { guardScreen } from '@/lib/route-guards'

/** Organizations: the list and SCIM groups (index), and one organization ($orgId). */
export const Route = createFileRoute('/_authed/t/$tenant/identity/organizations')({
  beforeLoad: guardScreen('identity.organizations'),
  component: Outlet,
})
