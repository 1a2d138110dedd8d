import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { ApiRequestError, isUnauthenticated } from './api-client'

/**
 * One QueryClient for the SPA. A 401 from any query or mutation calls onSignedOut, which sends
 * the operator to sign-in and back afterwards.
 */
export function createQueryClient(onSignedOut: () => void): QueryClient {
  const handle = (error: unknown) => {
    if (isUnauthenticated(error)) onSignedOut()
  }
  return new QueryClient({
    queryCache: new QueryCache({ onError: handle }),
    mutationCache: new MutationCache({ onError: handle }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => {
          // Client errors will not fix themselves; the BFF already retries vendor hiccups.
          if (error instanceof ApiRequestError && error.status >= 400 && error.status < 500) return false
          return failureCount < 2
        },
      },
    },
  })
}
