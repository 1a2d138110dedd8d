import type { SwsActivityFilterQuery, SwsActivityListRequest } from '@contract/sws-activities'
import { queryOptions } from '@tanstack/react-query'
import type { SwsActivityRoutes } from '../../../../bff/routes/sws-activities'
import { downloadFile } from '@/lib/download-file'
import { unwrap } from '@/lib/api-client'
import { tenantApiClient } from '@/lib/tenant-api-client'

const activitiesClient = tenantApiClient<SwsActivityRoutes>('sws/activities')

export const swsActivitiesKey = (tenant: string) => [tenant, 'sws', 'activities'] as const

export const swsActivityListQueryOptions = (tenant: string, params: SwsActivityListRequest) =>
  queryOptions({
    queryKey: [...swsActivitiesKey(tenant), 'list', params],
    queryFn: () => unwrap(activitiesClient(tenant).index.$get({ query: params })),
    staleTime: 30_000,
  })

/** Downloads the CSV of every matching activity; resolves with the file name once the browser has it. */
export async function downloadSwsActivitiesCsv(tenant: string, filters: SwsActivityFilterQuery): Promise<string> {
  return downloadFile(() => activitiesClient(tenant)['export.csv'].$get({ query: filters }), 'sws-activities.csv')
}
