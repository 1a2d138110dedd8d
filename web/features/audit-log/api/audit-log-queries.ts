import type { AuditChainVerification, AuditLogFilterQuery, AuditLogListRequest } from '@contract/audit-log'
import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { AuditLogRoutes } from '../../../../bff/routes/audit-log'
import { apiFetch, ApiRequestError, unwrap } from '@/lib/api-client'

const auditLogClient = hc<AuditLogRoutes>('/api/console/audit-log', { fetch: apiFetch })

/** Every cached audit log page; a verification or an export adds an entry, so these go stale. */
export const AUDIT_LOG_LIST_KEY = ['console', 'audit-log', 'list'] as const

export const auditLogListQueryOptions = (params: AuditLogListRequest) =>
  queryOptions({
    queryKey: [...AUDIT_LOG_LIST_KEY, params],
    queryFn: () => unwrap(auditLogClient.index.$get({ query: params })),
    // The log only grows; a page a few seconds old is still what the operator asked for.
    staleTime: 5_000,
  })

export const verifyAuditChain = (): Promise<AuditChainVerification> => unwrap(auditLogClient.verify.$post())

/** Downloads the CSV for the filters; resolves with the file name once the browser has it. */
export async function downloadAuditCsv(filters: AuditLogFilterQuery): Promise<string> {
  let response
  try {
    response = await auditLogClient['export.csv'].$get({ query: filters })
  } catch {
    throw new ApiRequestError(0, 'network_error', 'The console server could not be reached. Check your connection and try again.')
  }
  // unwrap turns a failed response into the API's own error (message, field errors).
  if (!response.ok) await unwrap(Promise.resolve(response))
  const filename = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'audit-log.csv'
  const url = URL.createObjectURL(await response.blob())
  try {
    const link = document.createElement('a')
    link.href = url
    link.download = filename
    link.click()
  } finally {
    // The click has handed the file to the browser's download by the time this runs.
    setTimeout(() => URL.revokeObjectURL(url), 10_000)
  }
  return filename
}
