import type { TenantSummary } from '@contract/tenants'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate, useRouterState } from '@tanstack/react-router'
import { Building, ChevronsUpDown } from 'lucide-react'
import { Button } from '@/components/ui/button'
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuLabel,
  DropdownMenuRadioGroup,
  DropdownMenuRadioItem,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from '@/components/ui/dropdown-menu'
import { rememberTenant } from '@/lib/tenants'

/** Moves between tenants, keeping the screen, and drops the old tenant's cached answers. */
export function useSwitchTenant() {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const pathname = useRouterState({ select: (state) => state.location.pathname })
  return (from: string | null, to: string) => {
    if (from === to) return
    if (from) queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === from })
    rememberTenant(to)
    const match = /^\/t\/[^/]+(\/.*)?$/.exec(pathname)
    const rest = match ? (match[1] ?? '') : ''
    void navigate({ to: `/t/${encodeURIComponent(to)}${rest}` as '/t/$tenant', params: { tenant: to } })
  }
}

export function TenantSwitcher(props: { current: TenantSummary | null; tenants: TenantSummary[] }) {
  const switchTenant = useSwitchTenant()
  if (props.tenants.length === 0) {
    return (
      <Button variant="outline" size="sm" disabled aria-label="Tenant: none yet">
        <Building aria-hidden />
        No tenants yet
      </Button>
    )
  }
  return (
    <DropdownMenu>
      <DropdownMenuTrigger asChild>
        <Button variant="outline" size="sm" className="max-w-36 min-w-0 shrink justify-between sm:max-w-64" aria-label={`Tenant: ${props.current?.name ?? 'none'}. Switch tenant`}>
          {/* On a phone the tenant's name needs the room more than the icon does. */}
          <Building aria-hidden className="max-sm:hidden" />
          <span className="truncate">{props.current?.name ?? 'Choose a tenant'}</span>
          <ChevronsUpDown className="opacity-60" aria-hidden />
        </Button>
      </DropdownMenuTrigger>
      <DropdownMenuContent align="start" className="w-64">
        <DropdownMenuLabel>Tenants</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuRadioGroup value={props.current?.id ?? ''} onValueChange={(id) => switchTenant(props.current?.id ?? null, id)}>
          {props.tenants.map((tenant) => (
            <DropdownMenuRadioItem key={tenant.id} value={tenant.id}>
              <span className="truncate">{tenant.name}</span>
            </DropdownMenuRadioItem>
          ))}
        </DropdownMenuRadioGroup>
      </DropdownMenuContent>
    </DropdownMenu>
  )
}
