import type { LeaverStep, LeaverStepState } from '@contract/people'
import { Ban, CheckCircle2, Circle, CircleDashed, CircleSlash, XCircle, type LucideIcon } from 'lucide-react'
import { cn } from '@/lib/utils'

const STATES: Record<LeaverStepState, { icon: LucideIcon; label: string; className: string }> = {
  planned: { icon: Circle, label: 'Will run', className: 'text-foreground' },
  'already-done': { icon: CheckCircle2, label: 'Already done', className: 'text-muted-foreground' },
  'not-applicable': { icon: CircleSlash, label: 'Nothing to do', className: 'text-muted-foreground' },
  blocked: { icon: Ban, label: 'Blocked', className: 'text-warning' },
  done: { icon: CheckCircle2, label: 'Done', className: 'text-success' },
  failed: { icon: XCircle, label: 'Failed', className: 'text-destructive' },
}

/** The leaver checklist: each step with what it changes, its state, and the vendor's words when it did not go through. */
export function LeaverStepList({ steps, running }: { steps: LeaverStep[]; running?: boolean }) {
  return (
    <ol className="divide-y rounded-md border" aria-label="Leaver steps">
      {steps.map((step) => {
        const state = STATES[step.state]
        const Icon = running && step.state === 'planned' ? CircleDashed : state.icon
        return (
          <li key={step.id} className="flex gap-3 p-3" data-step={step.id} data-state={step.state}>
            <Icon className={cn('mt-0.5 size-4 shrink-0', state.className, running && step.state === 'planned' && 'animate-spin')} aria-hidden />
            <div className="min-w-0 flex-1">
              <div className="flex flex-wrap items-baseline justify-between gap-x-3">
                <p className="font-medium">{step.title}</p>
                <p className={cn('text-xs font-medium', state.className)}>{running && step.state === 'planned' ? 'Running…' : state.label}</p>
              </div>
              <p className="text-muted-foreground text-sm break-words">{step.detail}</p>
              {step.message && <p className={cn('mt-1 text-sm break-words', step.state === 'failed' ? 'text-destructive' : 'text-muted-foreground')}>{step.message}</p>}
            </div>
          </li>
        )
      })}
    </ol>
  )
}
