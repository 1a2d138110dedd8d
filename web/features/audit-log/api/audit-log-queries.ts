import type { AuditChainVerification, AuditLogFilterQuery, AuditLogListRequest } from '@contract/audit-log'
import { queryOptions } from '@tanstack/react-query'
import { hc } from 'hono/client'
import type { AuditLogRoutes } from '../../../../bff/routes/audit-log'
import { downloadFile } from '@/lib/download-file'
import { apiFetch, unwrap } from '@/lib/api-client'

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
  return downloadFile(() => auditLogClient['export.csv'].$get({ query: filters }), 'audit-log.csv')
}
