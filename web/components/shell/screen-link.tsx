import { Link } from '@tanstack/react-router'
import type { ReactNode } from 'react'
import { cn } from '@/lib/utils'
import { isTenantScreen, type Screen } from '@/lib/navigation'

/** A link to a screen; tenant screens go to the given tenant. */
export function ScreenLink(props: { screen: Screen; tenantId: string | null; className?: string; onClick?: () => void; children: ReactNode }) {
  const { screen, tenantId } = props
  const params = isTenantScreen(screen) && tenantId ? { tenant: tenantId } : {}
  return (
    <Link
      to={screen.to}
      params={params as never}
      onClick={props.onClick}
      className={cn(props.className)}
      activeProps={{ 'aria-current': 'page', 'data-active': 'true' }}
    >
      {props.children}
    </Link>
  )
}
