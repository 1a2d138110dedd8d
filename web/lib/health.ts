import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { HealthRoutes } from '../../bff/routes/health'
import { apiFetch, unwrap } from './api-client'

const healthClient = hc<HealthRoutes>('/api/health', { fetch: apiFetch })

/** Public server facts (is this the demo?), readable before sign-in. */
export const healthQueryOptions = () =>
  queryOptions({ queryKey: ['console', 'health'], queryFn: () => unwrap(healthClient.index.$get()), staleTime: Infinity })
