import { can, type Permission, type RoleGrant } from '@contract/roles'
import {
  Activity,
  Building2,
  CalendarClock,
  FileClock,
  KeyRound,
  LockKeyhole,
  MonitorPlay,
  Plug,
  ScrollText,
  ShieldCheck,
  TableProperties,
  UserCog,
  UserRoundCog,
  Users,
  UsersRound,
  type LucideIcon,
} from 'lucide-react'

/** Every screen of the console, in sidebar order. Tenant screens live under /t/$tenant. */
export const SCREENS = [
  { id: 'identity.users', area: 'identity', label: 'Users', to: '/t/$tenant/identity/users', permission: 'identity.users.read', icon: Users,
    summary: 'Search the directory, see why someone cannot sign in, unlock or lock, reset passwords, exempt from MFA, invite, and import users in bulk.' },
  { id: 'identity.organizations', area: 'identity', label: 'Organizations', to: '/t/$tenant/identity/organizations', permission: 'identity.organizations.read', icon: Building2,
    summary: 'Organizations with their members, administrators, roles and permissions.' },
  { id: 'identity.attributes', area: 'identity', label: 'User attributes', to: '/t/$tenant/identity/attributes', permission: 'identity.schema.read', icon: TableProperties,
    summary: 'The extended attributes every user has (Identity ExtData schema) and their types; admins add, edit and delete them.' },
  { id: 'sws.policies', area: 'sws', label: 'Policies', to: '/t/$tenant/sws/policies', permission: 'sws.policies.read', icon: ShieldCheck,
    summary: 'Web application policies: configuration, security layers, members and session-control rules.' },
  { id: 'sws.users', area: 'sws', label: 'Users', to: '/t/$tenant/sws/users', permission: 'sws.users.read', icon: UserCog,
    summary: 'Secure Web Sessions users: find, activate, deactivate and remove them from the SWS tenant.' },
  { id: 'sws.sessions', area: 'sws', label: 'Sessions', to: '/t/$tenant/sws/sessions', permission: 'sws.sessions.read', icon: MonitorPlay,
    summary: 'Recorded web sessions by time window, application and user, with a step-by-step player.' },
  { id: 'sws.activities', area: 'sws', label: 'Activities', to: '/t/$tenant/sws/activities', permission: 'sws.activities.read', icon: Activity,
    summary: 'What happened in Secure Web Sessions, by activity type and time.' },
  { id: 'sps.usergroups', area: 'sps', label: 'Usergroups', to: '/t/$tenant/sps/usergroups', permission: 'sps.usergroups.read', icon: UsersRound,
    summary: 'Local usergroups and their members, changed through SPS transactions with a pending-changes review.' },
  { id: 'sps.local-users', area: 'sps', label: 'Local users', to: '/t/$tenant/sps/local-users', permission: 'sps.local-users.read', icon: KeyRound,
    summary: 'Local SPS users: create, change password, delete.' },
  { id: 'sps.acls', area: 'sps', label: 'ACLs', to: '/t/$tenant/sps/acls', permission: 'sps.acls.read', icon: LockKeyhole,
    summary: 'Which usergroup holds which privilege, read-only as SPS allows over REST.' },
  { id: 'sps.policies', area: 'sps', label: 'Policies', to: '/t/$tenant/sps/policies', permission: 'sps.policies.read', icon: CalendarClock,
    summary: 'Time policies and RDP/SSH channel policies, read-only, with the built-ins marked.' },
  { id: 'sps.audited-sessions', area: 'sps', label: 'Audited sessions', to: '/t/$tenant/sps/audited-sessions', permission: 'sps.audited-sessions.read', icon: ScrollText,
    summary: 'Audited SSH and RDP sessions with their users, servers and times.' },
  { id: 'console.connections', area: 'console', label: 'Connections', to: '/console/connections', permission: 'console.connections.manage', icon: Plug,
    summary: 'Tenants and their vendor connections, with sealed credentials and a connection test.' },
  { id: 'console.operators', area: 'console', label: 'Operators', to: '/console/operators', permission: 'console.operators.manage', icon: UserRoundCog,
    summary: 'Console operators, their roles per tenant, and their sign-in protection.' },
  { id: 'console.audit-log', area: 'console', label: 'Audit log', to: '/console/audit-log', permission: 'console.audit-log.read', icon: FileClock,
    summary: 'Every sign-in and change made through the console, hash-chained so tampering shows.' },
] as const satisfies ReadonlyArray<{
  id: string
  area: AreaId
  label: string
  to: string
  permission: Permission
  icon: LucideIcon
  summary: string
}>

export type Screen = (typeof SCREENS)[number]
export type ScreenId = Screen['id']
export type AreaId = 'identity' | 'sws' | 'sps' | 'console'

export const AREAS: ReadonlyArray<{ id: AreaId; label: string; tenantScoped: boolean }> = [
  { id: 'identity', label: 'Identity', tenantScoped: true },
  { id: 'sws', label: 'Secure Web Sessions', tenantScoped: true },
  { id: 'sps', label: 'Safeguard SPS', tenantScoped: true },
  { id: 'console', label: 'Console', tenantScoped: false },
]

export function screenById(id: ScreenId): Screen {
  const screen = SCREENS.find((candidate) => candidate.id === id)
  if (!screen) throw new Error(`Unknown screen ${id}`)
  return screen
}

export function isTenantScreen(screen: Screen): boolean {
  return screen.to.startsWith('/t/')
}

/** Screens the operator may open: tenant screens for the given tenant, console screens always checked console-wide. */
export function allowedScreens(grants: readonly RoleGrant[], tenantId: string | null): Screen[] {
  return SCREENS.filter((screen) =>
    isTenantScreen(screen) ? tenantId !== null && can(grants, tenantId, screen.permission) : can(grants, null, screen.permission),
  )
}
