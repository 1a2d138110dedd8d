/*
 * The audit log's results and page sizes, without zod: its route checks the URL with them in the
 * entry chunk, which loads before sign-in (DESIGN.md budget). audit-log.ts builds its schemas from
 * them and re-exports them.
 */

export const AUDIT_RESULTS = ['success', 'failure', 'denied'] as const
export type AuditResult = (typeof AUDIT_RESULTS)[number]

export const AUDIT_PAGE_SIZES = [25, 50, 100, 200] as const
export type AuditPageSize = (typeof AUDIT_PAGE_SIZES)[number]
export const AUDIT_DEFAULT_PAGE_SIZE: AuditPageSize = 50
