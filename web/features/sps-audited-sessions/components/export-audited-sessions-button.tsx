import type { SpsAuditedSessionExportRequest } from '@contract/sps-audited-sessions'
import { useMutation } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { downloadSpsAuditedSessionsCsv } from '../api/sps-audited-session-queries'

/** Downloads every session matching the filters (SPS pages up to 10,000); the export is audited. */
export function ExportAuditedSessionsButton({ tenant, query, disabled }: { tenant: string; query: SpsAuditedSessionExportRequest; disabled?: boolean }) {
  const mutation = useMutation({
    mutationFn: () => downloadSpsAuditedSessionsCsv(tenant, query),
    onSuccess: (filename) => toast.success(`Exported ${filename}`),
    onError: (error) => toast.error('The export failed', { description: error.message }),
  })
  return (
    <Button variant="outline" disabled={disabled || mutation.isPending} onClick={() => mutation.mutate()}>
      {mutation.isPending ? <Spinner aria-label="Exporting" /> : <Download aria-hidden />}
      Export CSV
    </Button>
  )
}
