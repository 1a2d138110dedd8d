import type { CreateOperatorRequest, OperatorActionRequest, UpdateGrantsRequest } from '@contract/operators'
import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { OperatorRoutes } from '../../../../bff/routes/operators'
import { apiFetch, unwrap } from '@/lib/api-client'
import { withReauth } from '@/lib/reauth'

const operatorsClient = hc<OperatorRoutes>('/api/console/operators', { fetch: apiFetch })

export const OPERATORS_LIST_KEY = ['console', 'operators', 'list'] as const

export const operatorListQueryOptions = () =>
  queryOptions({
    queryKey: OPERATORS_LIST_KEY,
    queryFn: () => unwrap(operatorsClient.index.$get()),
  })

// Every change to an operator is a privilege change: each goes through re-authentication.
export const createOperator = (json: CreateOperatorRequest) => withReauth(() => unwrap(operatorsClient.index.$post({ json })))

export const updateOperatorGrants = (id: string, json: UpdateGrantsRequest) =>
  withReauth(() => unwrap(operatorsClient[':id'].grants.$put({ param: { id }, json })))

export type OperatorAction = 'disable' | 'enable' | 'reset-password' | 'reset-mfa'

export const runOperatorAction = (action: OperatorAction, id: string, json: OperatorActionRequest) =>
  withReauth(async () => {
    const route = operatorsClient[':id']
    switch (action) {
      case 'disable':
        return { operator: await unwrap(route.disable.$post({ param: { id }, json })) }
      case 'enable':
        return { operator: await unwrap(route.enable.$post({ param: { id }, json })) }
      case 'reset-mfa':
        return { operator: await unwrap(route['reset-mfa'].$post({ param: { id }, json })) }
      case 'reset-password':
        return { temporaryPassword: (await unwrap(route['reset-password'].$post({ param: { id }, json }))).temporaryPassword }
    }
  })
