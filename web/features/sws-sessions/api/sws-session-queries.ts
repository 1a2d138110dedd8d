import type { SwsSessionFilterQuery, SwsSessionListRequest } from '@contract/sws-sessions'
import { queryOptions } from '@tanstack/react-query'
import type { SwsSessionRoutes } from '../../../../bff/routes/sws-sessions'
import { downloadFile } from '@/lib/download-file'
import { unwrap } from '@/lib/api-client'
import { tenantApiClient } from '@/lib/tenant-api-client'

const sessionsClient = tenantApiClient<SwsSessionRoutes>('sws/sessions')

export const swsSessionsKey = (tenant: string) => [tenant, 'sws', 'sessions'] as const

export const swsSessionListQueryOptions = (tenant: string, params: SwsSessionListRequest) =>
  queryOptions({
    queryKey: [...swsSessionsKey(tenant), 'list', params],
    queryFn: () => unwrap(sessionsClient(tenant).index.$get({ query: params })),
    // Recordings only grow; a preset window is re-resolved by the server on each fetch.
    staleTime: 30_000,
  })

export const swsApplicationsQueryOptions = (tenant: string) =>
  queryOptions({
    queryKey: [tenant, 'sws', 'applications', 'list', {}],
    queryFn: () => unwrap(sessionsClient(tenant).applications.$get({ query: {} })),
    staleTime: 5 * 60_000,
  })

/** Downloads the CSV of every session matching the filters; resolves with the file name once the browser has it. */
export async function downloadSwsSessionsCsv(tenant: string, filters: SwsSessionFilterQuery): Promise<string> {
  return downloadFile(() => sessionsClient(tenant)['export.csv'].$get({ query: filters }), 'sws-sessions.csv')
}
