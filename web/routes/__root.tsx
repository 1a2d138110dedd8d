import { createRootRouteWithContext, Outlet } from '@tanstack/react-router'
import { lazy, Suspense } from 'react'
import { useTheme } from '@/lib/theme'
import type { RouterContext } from '../router'

// Toasts only follow actions, so their code loads after the first paint instead of with the entry.
const Toaster = lazy(() => import('@/components/ui/sonner').then((module) => ({ default: module.Toaster })))

function RootLayout() {
  const { resolved } = useTheme()
  return (
    <>
      <Outlet />
      <Suspense fallback={null}>
        <Toaster theme={resolved} />
      </Suspense>
    </>
  )
}

export const Route = createRootRouteWithContext<RouterContext>()({
  component: RootLayout,
})
