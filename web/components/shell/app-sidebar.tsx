import type { SessionInfo } from '@contract/auth'
import { ShieldHalf } from 'lucide-react'
import { AREAS, allowedScreens, isTenantScreen } from '@/lib/navigation'
import { ScreenLink } from './screen-link'

/** The sidebar: screens grouped by area, only those the operator's role may use. */
export function AppSidebar(props: { session: SessionInfo; tenantId: string | null; onNavigate?: () => void }) {
  const { grants } = props.session.operator
  const screens = props.session.mfaEnrolmentRequired ? [] : [
    ...(props.tenantId ? allowedScreens(grants, props.tenantId).filter(isTenantScreen) : []),
    ...allowedScreens(grants, null).filter((screen) => !isTenantScreen(screen)),
  ]
  const noTenantYet = grants.length > 0 && !props.tenantId && !props.session.mfaEnrolmentRequired
  return (
    <div className="bg-sidebar text-sidebar-foreground flex h-full flex-col">
      <div className="flex h-14 items-center gap-2 border-b px-4">
        <ShieldHalf className="text-primary size-6" aria-hidden />
        <span className="text-base font-semibold tracking-tight">Gatehouse</span>
      </div>
      <nav aria-label="Main" className="flex-1 space-y-5 overflow-y-auto px-3 py-4">
        {noTenantYet && (
          <p className="text-muted-foreground border-border rounded-md border border-dashed p-3 text-xs leading-relaxed">
            No tenant yet. Tenant screens appear here once a tenant is connected under Console › Connections.
          </p>
        )}
        {AREAS.map((area) => {
          const inArea = screens.filter((screen) => screen.area === area.id)
          if (inArea.length === 0) return null
          return (
            <section key={area.id} aria-labelledby={`nav-${area.id}`}>
              <h2 id={`nav-${area.id}`} className="text-muted-foreground mb-1 px-2 text-xs font-semibold tracking-wide uppercase">
                {area.label}
              </h2>
              <ul className="space-y-0.5">
                {inArea.map((screen) => (
                  <li key={screen.id}>
                    <ScreenLink
                      screen={screen}
                      tenantId={props.tenantId}
                      onClick={props.onNavigate}
                      className="hover:bg-sidebar-accent hover:text-sidebar-accent-foreground data-[active=true]:bg-sidebar-accent data-[active=true]:text-sidebar-accent-foreground flex items-center gap-2.5 rounded-md px-2 py-1.5 text-sm font-medium transition-colors data-[active=true]:font-semibold"
                    >
                      <screen.icon className="size-4 shrink-0 opacity-80" aria-hidden />
                      {screen.label}
                    </ScreenLink>
                  </li>
                ))}
              </ul>
            </section>
          )
        })}
      </nav>
    </div>
  )
}
