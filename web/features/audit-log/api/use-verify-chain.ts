import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AUDIT_LOG_LIST_KEY, verifyAuditChain } from './audit-log-queries'

/** Walks the chain on the server; the check is itself audited, so the list is refreshed afterwards. */
export function useVerifyChain() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: verifyAuditChain,
    onSettled: () => queryClient.invalidateQueries({ queryKey: AUDIT_LOG_LIST_KEY }),
  })
}
