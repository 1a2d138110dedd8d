import { useQuery, useQueryClient } from '@tanstack/react-query'
import { GitPullRequestDraft, TriangleAlert } from 'lucide-react'
import { useEffect, useRef, useState } from 'react'
import { toast } from 'sonner'
import { Button } from '@/components/ui/button'
import { cn } from '@/lib/utils'
import { refreshSpsConfig, transactionQueryOptions } from '../api/sps-config-queries'
import { PendingChangesSheet } from './pending-changes-sheet'
import { formatCountdown, useCountdown } from './use-countdown'

/** Below this, the bar warns that SPS is about to cancel the transaction. */
const WARN_BELOW_SECONDS = 120

/**
 * The operator's pending SPS changes, on every tenant screen while a transaction is open: how
 * many, how long SPS keeps them, review, commit, discard. Renders nothing otherwise.
 */
export function PendingChangesBar({ tenantId }: { tenantId: string }) {
  const queryClient = useQueryClient()
  const state = useQuery(transactionQueryOptions(tenantId))
  const [reviewing, setReviewing] = useState(false)
  const data = state.data
  const open = data?.status === 'open'
  const left = useCountdown(open ? (data.remainingSeconds ?? null) : null, state.dataUpdatedAt)
  const lostShown = useRef<string | null>(null)

  useEffect(() => {
    if (data?.lost && lostShown.current !== data.lost) {
      lostShown.current = data.lost
      toast.error(data.lost, { duration: 15_000 })
      void refreshSpsConfig(queryClient, tenantId)
    }
  }, [data?.lost, queryClient, tenantId])

  // At zero SPS has cancelled the transaction: ask, so the bar says so instead of lingering.
  useEffect(() => {
    if (left === 0) void state.refetch()
  }, [left, state])

  if (!open) return null
  const count = data.changes.length
  const warning = left !== null && left <= WARN_BELOW_SECONDS
  return (
    <>
      <section
        aria-label="Pending SPS changes"
        className={cn(
          'bg-background/95 sticky top-14 z-20 -mx-4 -mt-6 mb-4 flex flex-wrap items-center gap-x-4 gap-y-2 border-b px-4 py-2.5 backdrop-blur sm:-mx-6 sm:px-6 lg:-mx-8 lg:px-8',
          warning ? 'border-warning bg-warning/10' : 'border-primary/40',
        )}
      >
        <p className="flex min-w-0 flex-1 items-center gap-2 text-sm">
          {warning ? <TriangleAlert aria-hidden className="text-warning size-4 shrink-0" /> : <GitPullRequestDraft aria-hidden className="text-primary size-4 shrink-0" />}
          <span>
            <strong className="font-semibold">{count === 1 ? '1 pending SPS change' : `${count} pending SPS changes`}</strong>
            <span className="text-muted-foreground"> — not live until you commit; other administrators are locked out meanwhile.</span>
          </span>
        </p>
        {left !== null && (
          <p className={cn('text-sm tabular-nums', warning ? 'text-warning font-semibold' : 'text-muted-foreground')} role={warning ? 'alert' : undefined}>
            {warning ? `SPS discards them in ${formatCountdown(left)} unless you act` : `SPS keeps them for ${formatCountdown(left)} without activity`}
          </p>
        )}
        <div className="flex gap-2">
          {warning && (
            <Button size="sm" variant="outline" onClick={() => void state.refetch()}>
              Keep them
            </Button>
          )}
          <Button size="sm" onClick={() => setReviewing(true)}>
            Review and commit…
          </Button>
        </div>
      </section>
      <PendingChangesSheet tenantId={tenantId} state={data} open={reviewing} onOpenChange={setReviewing} />
    </>
  )
}
