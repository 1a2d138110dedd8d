import type { SessionInfo } from '@contract/auth'
import { can } from '@contract/roles'
import type { TenantSummary } from '@contract/tenants'
import { useQuery } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { hc } from 'hono/client'
import { Building, LogOut, UserRound, UsersRound } from 'lucide-react'
import { useEffect, useState } from 'react'
import type { IdentityUserRoutes } from '../../../bff/routes/identity-users'
import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from '@/components/ui/command'
import { AREAS, allowedScreens, isTenantScreen } from '@/lib/navigation'
import { apiFetch, unwrap } from '@/lib/api-client'
import { useDebouncedCallback } from '@/lib/use-debounced-callback'
import { useTheme } from '@/lib/theme'
import { TIME_DISPLAYS, localZoneName, timeDisplayLabel, useTimeDisplay } from '@/lib/time-display'
import { THEME_OPTIONS, TIME_DISPLAY_ICONS } from './theme-menu'
import { useSwitchTenant } from './tenant-switcher'
import { useSignOut } from './use-sign-out'

/** The best matches also offered as person views (kept short: the users group lists them all). */
const PERSON_SHORTCUTS = 3

/**
 * "Find a user": the tenant's directory searched on the server (login, name or e-mail starting
 * with the text), once typing pauses; only for operators who may read the tenant's users.
 */
function useUserSearch(tenantId: string | null, allowed: boolean, text: string) {
  const [query, setQuery] = useState('')
  const settle = useDebouncedCallback((value: string) => setQuery(value.trim()), 250)
  useEffect(() => settle.run(text), [text, settle])
  const enabled = allowed && tenantId !== null && query.length >= 2
  const users = useQuery({
    queryKey: [tenantId, 'identity', 'users', 'list', { q: query, pageSize: '10' }],
    queryFn: () =>
      unwrap(hc<IdentityUserRoutes>(`/api/t/${encodeURIComponent(tenantId ?? '')}/identity/users`, { fetch: apiFetch }).index.$get({ query: { q: query, pageSize: '10' } })),
    enabled,
    staleTime: 10_000,
    retry: false,
  })
  return { enabled, users }
}

// No CommandSeparator here: cmdk gives it role=separator, which a listbox may not contain (axe).
export function CommandPalette(props: {
  open: boolean
  onOpenChange: (open: boolean) => void
  session: SessionInfo
  tenant: TenantSummary | null
  tenants: TenantSummary[]
}) {
  const navigate = useNavigate()
  const { setPreference } = useTheme()
  const timeDisplay = useTimeDisplay()
  const switchTenant = useSwitchTenant()
  const signOut = useSignOut()
  const tenantId = props.tenant?.id ?? null
  const [text, setText] = useState('')
  const canFindUsers = tenantId !== null && can(props.session.operator.grants, tenantId, 'identity.users.read')
  const userSearch = useUserSearch(tenantId, canFindUsers, text)
  const screens = [
    ...allowedScreens(props.session.operator.grants, tenantId).filter(isTenantScreen),
    ...allowedScreens(props.session.operator.grants, null).filter((screen) => !isTenantScreen(screen)),
  ]
  const onOpenChange = (open: boolean) => {
    if (!open) setText('')
    props.onOpenChange(open)
  }
  const run = (action: () => void) => {
    onOpenChange(false)
    action()
  }
  const areaLabel = (id: string) => AREAS.find((area) => area.id === id)?.label ?? ''

  return (
    <CommandDialog open={props.open} onOpenChange={onOpenChange} title="Command palette" description="Jump to a screen or run an action">
      <CommandInput
        placeholder={canFindUsers ? 'Find a user, jump to a screen or run an action…' : 'Jump to a screen or run an action…'}
        value={text}
        onValueChange={setText}
      />
      <CommandList>
        <CommandEmpty>{userSearch.enabled && userSearch.users.isFetching ? 'Searching users…' : 'Nothing matches.'}</CommandEmpty>
        {userSearch.enabled && (userSearch.users.data?.items.length ?? 0) > 0 && (
          // The server has matched these already: cmdk's own filter must not hide them.
          <CommandGroup heading={`Users in ${props.tenant?.name ?? 'this tenant'}`} forceMount>
            {userSearch.users.data?.items.map((user) => (
              <CommandItem
                key={user.id}
                forceMount
                value={`user ${user.id} ${user.username} ${user.displayName}`}
                onSelect={() => run(() => void navigate({ to: '/t/$tenant/identity/users/$userId', params: { tenant: tenantId ?? '', userId: user.id } }))}
              >
                <UserRound aria-hidden />
                <span className="min-w-0 truncate">
                  {user.displayName} <span className="text-muted-foreground">{user.username}</span>
                </span>
                {user.locked && <span className="text-destructive ml-auto text-xs">Locked</span>}
              </CommandItem>
            ))}
          </CommandGroup>
        )}
        {userSearch.enabled && (userSearch.users.data?.items.length ?? 0) > 0 && (
          <CommandGroup heading="Person view: everything they hold across vendors" forceMount>
            {userSearch.users.data?.items.slice(0, PERSON_SHORTCUTS).map((user) => (
              <CommandItem
                key={user.id}
                forceMount
                value={`person ${user.id} ${user.username} ${user.displayName}`}
                onSelect={() => run(() => void navigate({ to: '/t/$tenant/people/$userId', params: { tenant: tenantId ?? '', userId: user.id } }))}
              >
                <UsersRound aria-hidden />
                <span className="min-w-0 truncate">
                  {user.displayName} <span className="text-muted-foreground">across vendors</span>
                </span>
              </CommandItem>
            ))}
          </CommandGroup>
        )}
        <CommandGroup heading="Go to">
          {screens.map((screen) => (
            <CommandItem
              key={screen.id}
              value={`${areaLabel(screen.area)} ${screen.label}`}
              keywords={[screen.area, screen.summary]}
              onSelect={() =>
                run(() => void navigate({ to: screen.to, params: (isTenantScreen(screen) ? { tenant: tenantId } : {}) as never }))
              }
            >
              <screen.icon aria-hidden />
              <span>
                <span className="text-muted-foreground">{areaLabel(screen.area)} › </span>
                {screen.label}
              </span>
            </CommandItem>
          ))}
        </CommandGroup>
        {props.tenants.length > 1 && (
          <>
                <CommandGroup heading="Switch tenant">
              {props.tenants
                .filter((tenant) => tenant.id !== tenantId)
                .map((tenant) => (
                  <CommandItem key={tenant.id} value={`Switch tenant ${tenant.name}`} onSelect={() => run(() => switchTenant(tenantId, tenant.id))}>
                    <Building aria-hidden />
                    {tenant.name}
                  </CommandItem>
                ))}
            </CommandGroup>
          </>
        )}
        <CommandGroup heading="Theme">
          {THEME_OPTIONS.map((option) => (
            <CommandItem key={option.value} value={`Theme ${option.label}`} onSelect={() => run(() => setPreference(option.value))}>
              <option.icon aria-hidden />
              {option.label} theme
            </CommandItem>
          ))}
        </CommandGroup>
        <CommandGroup heading="Times">
          {/* Only the switch that changes something; the other choice is already in force. */}
          {TIME_DISPLAYS.filter((option) => option !== timeDisplay.display).map((option) => {
            const Icon = TIME_DISPLAY_ICONS[option]
            const label = option === 'utc' ? 'Show times in UTC' : 'Show times in local time'
            return (
              <CommandItem key={option} value={`Times ${label}`} keywords={['time zone', 'timezone', timeDisplayLabel(option)]} onSelect={() => run(() => timeDisplay.setDisplay(option))}>
                <Icon aria-hidden />
                {label}
                {option === 'local' && <span className="text-muted-foreground">({localZoneName()})</span>}
              </CommandItem>
            )
          })}
        </CommandGroup>
        <CommandGroup heading="Account">
          <CommandItem value="Sign out" onSelect={() => run(() => void signOut())}>
            <LogOut aria-hidden />
            Sign out
          </CommandItem>
        </CommandGroup>
      </CommandList>
    </CommandDialog>
  )
}
