import type { SwsActivityFilterQuery, SwsActivityListRequest } from '@contract/sws-activities'
import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { SwsActivityRoutes } from '../../../../bff/routes/sws-activities'
import { apiFetch, ApiRequestError, unwrap } from '@/lib/api-client'

const activitiesClient = (tenant: string) => hc<SwsActivityRoutes>(`/api/t/${encodeURIComponent(tenant)}/sws/activities`, { fetch: apiFetch })

export const swsActivitiesKey = (tenant: string) => [tenant, 'sws', 'activities'] as const

export const swsActivityListQueryOptions = (tenant: string, params: SwsActivityListRequest) =>
  queryOptions({
    queryKey: [...swsActivitiesKey(tenant), 'list', params],
    queryFn: () => unwrap(activitiesClient(tenant).index.$get({ query: params })),
    staleTime: 30_000,
  })

/** Downloads the CSV of every matching activity; resolves with the file name once the browser has it. */
export async function downloadSwsActivitiesCsv(tenant: string, filters: SwsActivityFilterQuery): Promise<string> {
  let response
  try {
    response = await activitiesClient(tenant)['export.csv'].$get({ query: filters })
  } catch {
    throw new ApiRequestError(0, 'network_error', 'The console server could not be reached. Check your connection and try again.')
  }
  if (!response.ok) await unwrap(Promise.resolve(response))
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'sws-activities.csv'
  const url = URL.createObjectURL(await response.blob())
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    link.click()
  } finally {
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return filename
}
