import type { CreateImportRequest, ImportJobSummary, ImportRowInput, ImportRowListRequest } from '@contract/identity-imports'
import { queryOptions } from '@tanstack/react-query'
import type { IdentityImportRoutes } from '../../../../bff/routes/identity-imports'
import { unwrap } from '@/lib/api-client'
import { tenantApiClient } from '@/lib/tenant-api-client'

const importsClient = tenantApiClient<IdentityImportRoutes>('identity/imports')

/** Where a job's report CSV downloads from (a plain link: the browser saves the stream). */
export const importReportUrl = (tenant: string, jobId: string) =>
  `/api/t/${encodeURIComponent(tenant)}/identity/imports/${encodeURIComponent(jobId)}/report.csv`

export const importsKey = (tenant: string) => [tenant, 'identity', 'imports'] as const

export const importJobsQueryOptions = (tenant: string, page: number) =>
  queryOptions({
    queryKey: [...importsKey(tenant), 'list', { page }],
    queryFn: () => unwrap(importsClient(tenant).index.$get({ query: { page: String(page), pageSize: '25' } })),
  })

const isRunning = (job: ImportJobSummary | undefined) => !job || job.finishedAt === null

/** A job; polled every second while it runs, so the progress bar moves. */
export const importJobQueryOptions = (tenant: string, jobId: string) =>
  queryOptions({
    queryKey: [...importsKey(tenant), 'detail', jobId],
    queryFn: () => unwrap(importsClient(tenant)[':jobId'].$get({ param: { jobId } })),
    refetchInterval: (query) => (isRunning(query.state.data) ? 1_000 : false),
  })

export const importRowsQueryOptions = (tenant: string, jobId: string, request: ImportRowListRequest, running: boolean) =>
  queryOptions({
    queryKey: [...importsKey(tenant), 'detail', jobId, 'rows', request],
    queryFn: () => unwrap(importsClient(tenant)[':jobId'].rows.$get({ param: { jobId }, query: request })),
    refetchInterval: running ? 2_000 : false,
  })

export const previewImport = (tenant: string, rows: ImportRowInput[]) => unwrap(importsClient(tenant).preview.$post({ json: { rows } }))

export const startImport = (tenant: string, json: CreateImportRequest) => unwrap(importsClient(tenant).index.$post({ json }))

export const cancelImport = (tenant: string, jobId: string, reason: string) =>
  unwrap(importsClient(tenant)[':jobId'].cancel.$post({ param: { jobId }, json: { reason } }))
