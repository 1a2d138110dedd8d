import type { SessionInfo } from '@contract/auth'
import { Menu, Search } from 'lucide-react'
import { lazy, type ReactNode, Suspense, useCallback, useState } from 'react'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Kbd } from '@/components/ui/kbd'
import { Sheet, SheetContent, SheetDescription, SheetTitle } from '@/components/ui/sheet'
import { TooltipProvider } from '@/components/ui/tooltip'
import { AppSidebar } from './app-sidebar'
import { OperatorMenu } from './operator-menu'
import { usePaletteShortcut } from './palette-shortcut'
import { ReauthDialog } from './reauth-dialog'
import { TenantSwitcher } from './tenant-switcher'
import { ThemeMenu } from './theme-menu'
import { useCurrentTenant } from './use-current-tenant'

// The palette (cmdk, user search) loads the first time it opens, not with every screen.
const CommandPalette = lazy(() => import('./command-palette').then((module) => ({ default: module.CommandPalette })))

/** The signed-in frame: skip link, sidebar, header (tenant, search, demo badge, theme, account) and main. */
export function AppShell({ session, children }: { session: SessionInfo; children: ReactNode }) {
  const { current, tenants } = useCurrentTenant()
  const [paletteOpen, setPaletteOpenState] = useState(false)
  const [paletteLoaded, setPaletteLoaded] = useState(false)
  const setPaletteOpen = useCallback((open: boolean) => {
    if (open) setPaletteLoaded(true)
    setPaletteOpenState(open)
  }, [])
  const [mobileNavOpen, setMobileNavOpen] = useState(false)
  const togglePalette = useCallback(() => setPaletteOpen(!paletteOpen), [paletteOpen, setPaletteOpen])
  usePaletteShortcut(togglePalette)
  const tenantId = current?.id ?? null

  return (
    <TooltipProvider delayDuration={300}>
    <div className="min-h-dvh md:grid md:grid-cols-[15rem_1fr]">
      <a
        href="#main"
        className="bg-primary text-primary-foreground sr-only z-50 rounded-md px-4 py-2 focus:not-sr-only focus:fixed focus:top-2 focus:left-2"
      >
        Skip to content
      </a>
      <aside className="sticky top-0 hidden h-dvh border-r md:block">
        <AppSidebar session={session} tenantId={tenantId} />
      </aside>
      <Sheet open={mobileNavOpen} onOpenChange={setMobileNavOpen}>
        <SheetContent side="left" className="w-64 p-0">
          <SheetTitle className="sr-only">Navigation</SheetTitle>
          <SheetDescription className="sr-only">Screens of the console</SheetDescription>
          <AppSidebar session={session} tenantId={tenantId} onNavigate={() => setMobileNavOpen(false)} />
        </SheetContent>
      </Sheet>
      <div className="flex min-w-0 flex-col">
        <header className="bg-background/95 sticky top-0 z-30 flex h-14 items-center gap-2 border-b px-3 backdrop-blur sm:px-4">
          <Button variant="ghost" size="icon" className="md:hidden" aria-label="Open navigation" onClick={() => setMobileNavOpen(true)}>
            <Menu aria-hidden />
          </Button>
          <TenantSwitcher current={current} tenants={tenants} />
          <div className="flex-1" />
          <Button
            variant="outline"
            size="sm"
            className="text-muted-foreground w-9 justify-start px-2 sm:w-56 sm:px-3"
            onClick={() => setPaletteOpen(true)}
            aria-label="Search and jump (Ctrl+K)"
          >
            <Search aria-hidden />
            <span className="hidden flex-1 text-left sm:inline">Search or jump to…</span>
            <Kbd className="hidden sm:inline-flex">Ctrl K</Kbd>
          </Button>
          {session.demo && (
            <Badge variant="warning" title="Demo mode: simulated vendors and demo operators">
              Demo
            </Badge>
          )}
          <ThemeMenu />
          <OperatorMenu session={session} />
        </header>
        <main id="main" tabIndex={-1} className="flex-1 px-4 py-6 outline-none sm:px-6 lg:px-8">
          {children}
        </main>
      </div>
      <ReauthDialog mfaEnabled={session.mfaEnabled} />
      {paletteLoaded && (
        <Suspense fallback={null}>
          <CommandPalette open={paletteOpen} onOpenChange={setPaletteOpen} session={session} tenant={current} tenants={tenants} />
        </Suspense>
      )}
    </div>
    </TooltipProvider>
  )
}
