import type { AuditLogFilterQuery } from '@contract/audit-log'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { AUDIT_LOG_LIST_KEY, downloadAuditCsv } from '../api/audit-log-queries'

/** Downloads the entries matching the current filters (all pages); the export is audited. */
export function ExportCsvButton({ filters }: { filters: AuditLogFilterQuery }) {
  const queryClient = useQueryClient()
  const mutation = useMutation({
    mutationFn: downloadAuditCsv,
    onSuccess: (filename) => toast.success(`Exported ${filename}`),
    onError: (error) => toast.error('The export failed', { description: error.message }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: AUDIT_LOG_LIST_KEY }),
  })
  return (
    <Button variant="outline" disabled={mutation.isPending} onClick={() => mutation.mutate(filters)}>
      {mutation.isPending ? <Spinner aria-label="Exporting" /> : <Download aria-hidden />}
      Export CSV
    </Button>
  )
}
