import type { SwsStepFilter } from '@contract/sws-player'
import { useMutation } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { downloadStepsCsv } from '../api/player-queries'

/** Downloads every step matching the filters (not just those loaded); the export is audited. */
export function ExportStepsButton({ tenant, sessionId, filter }: { tenant: string; sessionId: string; filter: SwsStepFilter }) {
  const mutation = useMutation({
    mutationFn: () => downloadStepsCsv(tenant, sessionId, filter),
    onSuccess: (filename) => toast.success(`Exported ${filename}`),
    onError: (error) => toast.error('The export failed', { description: error.message }),
  })
  return (
    <Button variant="outline" disabled={mutation.isPending} onClick={() => mutation.mutate()}>
      {mutation.isPending ? <Spinner aria-label="Exporting" /> : <Download aria-hidden />}
      Export steps CSV
    </Button>
  )
}
