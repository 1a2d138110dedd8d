import { QueryClientProvider } from '@tanstack/react-query'
import { RouterProvider } from '@tanstack/react-router'
import { setNonce } from 'get-nonce'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SESSION_QUERY_KEY } from './lib/session'
import { createQueryClient } from './lib/query-client'
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

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
)
