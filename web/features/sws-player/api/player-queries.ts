import type { SwsStepFilter } from '@contract/sws-player'
import { SWS_STEP_PAGE_SIZE } from '@contract/sws-player'
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { SwsSessionPlayerRoutes } from '../../../../bff/routes/sws-session-player'
import { downloadFile } from '@/lib/download-file'
import { apiFetch, unwrap } from '@/lib/api-client'

const playerClient = (tenant: string, sessionId: string) =>
  hc<SwsSessionPlayerRoutes>(`/api/t/${encodeURIComponent(tenant)}/sws/sessions/${encodeURIComponent(sessionId)}`, { fetch: apiFetch })

/** The filters as query parameters, without empty ones. */
function filterQuery(filter: SwsStepFilter): SwsStepFilter {
  return { ...(filter.types ? { types: filter.types } : {}), ...(filter.tab ? { tab: filter.tab } : {}) }
}

/** The header; opening it is audited by the BFF, so it is read once per visit rather than refreshed. */
export const sessionHeaderQueryOptions = (tenant: string, sessionId: string) =>
  queryOptions({
    queryKey: [tenant, 'sws', 'session', 'detail', { sessionId }],
    queryFn: () => unwrap(playerClient(tenant, sessionId).index.$get()),
    staleTime: Number.POSITIVE_INFINITY,
    refetchOnWindowFocus: false,
  })

/** One page of the timeline (1-based). Recorded steps never change, so pages stay fresh. */
export const stepsPageQueryOptions = (tenant: string, sessionId: string, filter: SwsStepFilter, page: number) =>
  queryOptions({
    queryKey: [tenant, 'sws', 'session-steps', 'list', { sessionId, ...filterQuery(filter), page }],
    queryFn: () =>
      unwrap(playerClient(tenant, sessionId).steps.$get({ query: { ...filterQuery(filter), page: String(page), pageSize: String(SWS_STEP_PAGE_SIZE) } })),
    staleTime: Number.POSITIVE_INFINITY,
  })

export const SEARCH_PAGE_SIZE = 100

export const stepSearchQueryOptions = (tenant: string, sessionId: string, filter: SwsStepFilter, q: string, page: number) =>
  queryOptions({
    queryKey: [tenant, 'sws', 'session-step-search', 'list', { sessionId, ...filterQuery(filter), q, page }],
    queryFn: () =>
      unwrap(playerClient(tenant, sessionId).steps.search.$get({ query: { ...filterQuery(filter), q, page: String(page), pageSize: String(SEARCH_PAGE_SIZE) } })),
    staleTime: Number.POSITIVE_INFINITY,
    placeholderData: keepPreviousData,
  })

export const stepMarkersQueryOptions = (tenant: string, sessionId: string, filter: SwsStepFilter) =>
  queryOptions({
    queryKey: [tenant, 'sws', 'session-step-markers', 'list', { sessionId, ...filterQuery(filter) }],
    queryFn: () => unwrap(playerClient(tenant, sessionId).steps.markers.$get({ query: filterQuery(filter) })),
    staleTime: Number.POSITIVE_INFINITY,
  })

/** The timeline position of the first step at or after `time` (epoch ms). */
export const locateStep = (tenant: string, sessionId: string, filter: SwsStepFilter, time: number) =>
  unwrap(playerClient(tenant, sessionId).steps.locate.$get({ query: { ...filterQuery(filter), time: String(Math.max(0, Math.floor(time))) } }))

/** Downloads the steps matching the filters as CSV (streamed by the BFF, audited there). */
export async function downloadStepsCsv(tenant: string, sessionId: string, filter: SwsStepFilter): Promise<string> {
  return downloadFile(() => playerClient(tenant, sessionId).steps['export.csv'].$get({ query: filterQuery(filter) }), 'sws-session-steps.csv')
}
