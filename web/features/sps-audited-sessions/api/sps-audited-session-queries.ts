import type {
  SpsAuditedSessionExportRequest,
  SpsAuditedSessionListRequest,
  SpsSessionContentRequest,
  SpsSessionPartRequest,
} from '@contract/sps-audited-sessions'
import { queryOptions } from '@tanstack/react-query'
import type { SpsAuditedSessionRoutes } from '../../../../bff/routes/sps-audited-sessions'
import { downloadFile } from '@/lib/download-file'
import { unwrap } from '@/lib/api-client'
import { tenantApiClient } from '@/lib/tenant-api-client'

const basePath = (tenant: string) => `/api/t/${encodeURIComponent(tenant)}/sps/audited-sessions`
const sessionsClient = tenantApiClient<SpsAuditedSessionRoutes>('sps/audited-sessions')

export const spsAuditedSessionsKey = (tenant: string) => [tenant, 'sps', 'audited-sessions'] as const

// Recorded sessions do not change once closed; new ones arrive, so lists go stale sooner.
export const spsAuditedSessionListQueryOptions = (tenant: string, params: SpsAuditedSessionListRequest) =>
  queryOptions({
    queryKey: [...spsAuditedSessionsKey(tenant), 'list', params],
    queryFn: () => unwrap(sessionsClient(tenant).index.$get({ query: params })),
    staleTime: 15_000,
  })

export const spsAuditedSessionQueryOptions = (tenant: string, sessionId: string) =>
  queryOptions({
    queryKey: [...spsAuditedSessionsKey(tenant), 'detail', { sessionId }],
    queryFn: () => unwrap(sessionsClient(tenant)[':sessionId'].$get({ param: { sessionId } })),
    staleTime: 60_000,
  })

export const spsSessionChannelsQueryOptions = (tenant: string, sessionId: string, params: SpsSessionPartRequest) =>
  queryOptions({
    queryKey: [...spsAuditedSessionsKey(tenant), 'channels', 'list', { sessionId, ...params }],
    queryFn: () => unwrap(sessionsClient(tenant)[':sessionId'].channels.$get({ param: { sessionId }, query: params })),
    staleTime: 60_000,
  })

export const spsSessionEventsQueryOptions = (tenant: string, sessionId: string, params: SpsSessionPartRequest) =>
  queryOptions({
    queryKey: [...spsAuditedSessionsKey(tenant), 'events', 'list', { sessionId, ...params }],
    queryFn: () => unwrap(sessionsClient(tenant)[':sessionId'].events.$get({ param: { sessionId }, query: params })),
    staleTime: 60_000,
  })

export const spsSessionContentQueryOptions = (tenant: string, sessionId: string, params: SpsSessionContentRequest) =>
  queryOptions({
    queryKey: [...spsAuditedSessionsKey(tenant), 'content', 'list', { sessionId, ...params }],
    queryFn: () => unwrap(sessionsClient(tenant)[':sessionId'].content.$get({ param: { sessionId }, query: params })),
    staleTime: 60_000,
  })

export const spsTrailDownloadsQueryOptions = (tenant: string, sessionId: string) =>
  queryOptions({
    queryKey: [...spsAuditedSessionsKey(tenant), 'trail-downloads', 'list', { sessionId }],
    queryFn: () => unwrap(sessionsClient(tenant)[':sessionId']['trail-downloads'].$get({ param: { sessionId } })),
  })

/**
 * The trail's address for a plain download link: the browser saves the stream as it arrives, so
 * a large trail never sits in the page's memory (a fetch + blob would hold it whole).
 */
export const spsAuditTrailUrl = (tenant: string, sessionId: string) => `${basePath(tenant)}/${encodeURIComponent(sessionId)}/audit-trail`

/** Downloads the CSV for the filters (every reachable match); resolves with the file name. */
export async function downloadSpsAuditedSessionsCsv(tenant: string, query: SpsAuditedSessionExportRequest): Promise<string> {
  return downloadFile(() => sessionsClient(tenant)['export.csv'].$get({ query }), 'sps-audited-sessions.csv')
}
