import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { setNonce } from 'get-nonce'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { seedFromBootData } from './lib/boot-data'
import { SESSION_QUERY_KEY, sessionQueryOptions } from './lib/session'
import { createQueryClient } from './lib/query-client'
import { loadClassMerge } from './lib/utils'
import { createAppRouter } from './router'
import './styles.css'

// Radix dialogs inject a <style> for scroll locking; give it the per-response CSP nonce.
const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce
if (nonce) setNonce(nonce)

const queryClient = createQueryClient(() => {
  queryClient.setQueryData(SESSION_QUERY_KEY, null)
  const { pathname, searchStr } = router.state.location
  if (pathname !== '/sign-in') void router.navigate({ to: '/sign-in', search: { redirect: pathname + searchStr } })
})
const router = createAppRouter(queryClient)

// A cold load is a chain: the session, then (on tenant screens) the tenant's access, then the
// screen's code, then its data. On a signed-in page the BFF answers the first two in the page
// itself (boot data); otherwise ask for the session now. The code of the screen in the URL depends
// on neither: ask for it now too. tailwind-merge first, as the
// signed-in layout waits for it (see cn()) and the route's many chunks would queue ahead of it.
loadClassMerge().catch(() => undefined)
if (!seedFromBootData(queryClient)) void queryClient.prefetchQuery(sessionQueryOptions())
for (const route of router.getMatchedRoutes(router.latestLocation.pathname)[0]) router.loadRouteChunk(route)?.catch(() => undefined)

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
