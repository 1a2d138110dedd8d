import type { SessionInfo } from '@contract/auth'
import type { TenantSummary } from '@contract/tenants'
import { useNavigate } from '@tanstack/react-router'
import { Building, LogOut } from 'lucide-react'
import { useEffect } from 'react'
import {
  CommandDialog,
  CommandEmpty,
  CommandGroup,
  CommandInput,
  CommandItem,
  CommandList,
} from '@/components/ui/command'
import { AREAS, allowedScreens, isTenantScreen } from '@/lib/navigation'
import { useTheme } from '@/lib/theme'
import { THEME_OPTIONS } from './theme-menu'
import { useSwitchTenant } from './tenant-switcher'
import { useSignOut } from './use-sign-out'

/** Ctrl/⌘+K toggles the palette from anywhere in the shell. */
export function usePaletteShortcut(toggle: () => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey) && !event.altKey && !event.shiftKey) {
        event.preventDefault()
        toggle()
      }
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [toggle])
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
  const switchTenant = useSwitchTenant()
  const signOut = useSignOut()
  const tenantId = props.tenant?.id ?? null
  const screens = [
    ...allowedScreens(props.session.operator.grants, tenantId).filter(isTenantScreen),
    ...allowedScreens(props.session.operator.grants, null).filter((screen) => !isTenantScreen(screen)),
  ]
  const run = (action: () => void) => {
    props.onOpenChange(false)
    action()
  }
  const areaLabel = (id: string) => AREAS.find((area) => area.id === id)?.label ?? ''

  return (
    <CommandDialog open={props.open} onOpenChange={props.onOpenChange} title="Command palette" description="Jump to a screen or run an action">
      <CommandInput placeholder="Jump to a screen or run an action…" />
      <CommandList>
        <CommandEmpty>Nothing matches.</CommandEmpty>
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
