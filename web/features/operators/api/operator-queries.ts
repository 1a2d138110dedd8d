import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { OperatorRoutes } from '../../../../bff/routes/operators'
import { apiFetch, unwrap } from '@/lib/api-client'

const operatorsClient = hc<OperatorRoutes>('/api/console/operators', { fetch: apiFetch })

export const operatorListQueryOptions = () =>
  queryOptions({
    queryKey: ['console', 'operators', 'list'],
    queryFn: () => unwrap(operatorsClient.index.$get()),
  })
