import { CircleCheck, CircleX, Clock, LoaderCircle } from 'lucide-react'
import type { BulkItem } from './bulk-run'

/** Progress of a bulk action, then its per-row result: done, or failed with the reason given. */
export function BulkOutcome(props: { items: readonly BulkItem[] }) {
  const done = props.items.filter((item) => item.state === 'done').length
  const failed = props.items.filter((item) => item.state === 'failed').length
  const finished = done + failed
  const total = props.items.length
  return (
    <div className="space-y-3">
      <div>
        <div className="flex justify-between text-sm">
          <span aria-live="polite">
            {finished < total ? `Working… ${finished} of ${total}` : `Finished: ${done} done${failed ? `, ${failed} failed` : ''}`}
          </span>
          <span className="text-muted-foreground tabular-nums">{Math.round((finished / Math.max(total, 1)) * 100)}%</span>
        </div>
        <div
          role="progressbar"
          aria-label="Progress"
          aria-valuemin={0}
          aria-valuemax={total}
          aria-valuenow={finished}
          className="bg-muted mt-1 h-2 overflow-hidden rounded-full"
        >
          <div className="bg-primary h-full transition-[width]" style={{ width: `${(finished / Math.max(total, 1)) * 100}%` }} />
        </div>
      </div>
      <ul aria-label="Results" className="max-h-72 divide-y overflow-y-auto rounded-md border text-sm">
        {props.items.map((item) => (
          <li key={item.id} className="flex items-start gap-2 px-3 py-2">
            <StateIcon state={item.state} />
            <div className="min-w-0 flex-1">
              <p className="font-medium break-all">{item.label}</p>
              {item.state === 'failed' && <p className="text-destructive break-words">{item.message}</p>}
            </div>
            <span className="text-muted-foreground shrink-0 text-xs">{STATE_LABEL[item.state]}</span>
          </li>
        ))}
      </ul>
    </div>
  )
}

const STATE_LABEL: Record<BulkItem['state'], string> = {
  waiting: 'Waiting',
  running: 'Working',
  done: 'Done',
  failed: 'Failed',
}

function StateIcon({ state }: { state: BulkItem['state'] }) {
  if (state === 'done') return <CircleCheck className="text-success mt-0.5 size-4 shrink-0" aria-hidden />
  if (state === 'failed') return <CircleX className="text-destructive mt-0.5 size-4 shrink-0" aria-hidden />
  if (state === 'running') return <LoaderCircle className="text-muted-foreground mt-0.5 size-4 shrink-0 animate-spin" aria-hidden />
  return <Clock className="text-muted-foreground mt-0.5 size-4 shrink-0" aria-hidden />
}
