import type { SwsSessionFilterQuery } from '@contract/sws-sessions'
import { useMutation } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { downloadSwsSessionsCsv } from '../api/sws-session-queries'

/** Downloads every session matching the filters (all pages, newest first); the export is audited. */
export function SwsSessionsExportButton({ tenant, filters, disabled }: { tenant: string; filters: SwsSessionFilterQuery; disabled?: boolean }) {
  const mutation = useMutation({
    mutationFn: () => downloadSwsSessionsCsv(tenant, filters),
    onSuccess: (filename) => toast.success(`Exported ${filename}`),
    onError: (error) => toast.error('The export failed', { description: error.message }),
  })
  return (
    <Button variant="outline" disabled={disabled || mutation.isPending} onClick={() => mutation.mutate()} title="All matching sessions, newest first, as CSV">
      {mutation.isPending ? <Spinner aria-label="Exporting" /> : <Download aria-hidden />}
      Export CSV
    </Button>
  )
}
