import type { SwsStepView } from '@contract/sws-player'
import { ArrowRight, Flag, Search } from 'lucide-react'
import { formatClock } from '../playback-timing'
import { stepSummary } from '../step-kinds'
import { StepTypeIcon } from './step-type-icon'

const timeOfDay = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' })

/** The row's detail: old → new for a change, the pasted text, or the element / URL. Text only. */
function StepDetail({ step }: { step: SwsStepView }) {
  if (step.type === 'ValueChange') {
    return (
      <span className="flex min-w-0 items-center gap-1.5">
        <span className="text-muted-foreground max-w-[40%] truncate line-through decoration-1">{step.previousValue || '(empty)'}</span>
        <ArrowRight aria-label="changed to" className="text-muted-foreground size-3 shrink-0" />
        <span className="truncate font-medium">{step.value || '(empty)'}</span>
      </span>
    )
  }
  if (step.type === 'ClipboardPasted') return <span className="truncate font-mono text-xs">{step.value || '(empty)'}</span>
  return <span className="text-muted-foreground truncate">{step.url ?? ''}</span>
}

export function StepRow({
  step,
  index,
  total,
  startMs,
  current,
  match,
  onSelect,
}: {
  step: SwsStepView | undefined
  index: number
  total: number
  startMs: number | null
  current: boolean
  match: boolean
  onSelect: (index: number) => void
}) {
  const at = step ? Date.parse(step.at) : Number.NaN
  return (
    <div
      id={`step-row-${index}`}
      role="option"
      aria-selected={current}
      aria-posinset={index + 1}
      aria-setsize={total}
      data-step-row=""
      data-index={index}
      onClick={() => onSelect(index)}
      className={
        'group flex h-full cursor-pointer items-center gap-3 border-b px-3 text-sm ' +
        (current ? 'bg-accent text-accent-foreground shadow-[inset_3px_0_0_var(--primary)]' : 'hover:bg-muted/60')
      }
    >
      {step ? (
        <>
          <StepTypeIcon type={step.type} />
          <div className="min-w-0 flex-1">
            <div className="flex min-w-0 items-center gap-2">
              <span className="text-muted-foreground w-14 shrink-0 text-xs tabular-nums">#{index + 1}</span>
              <span className="truncate font-medium">{stepSummary(step)}</span>
              {step.pressedKey && step.type === 'KeyPress' && (
                <kbd className="bg-muted rounded border px-1.5 font-mono text-xs">{step.pressedKey}</kbd>
              )}
              {match && <Search aria-label="Search match" className="text-primary size-3.5 shrink-0" />}
              {step.flag && <Flag aria-label={`Flagged by ${step.flag.by}`} className="text-destructive size-3.5 shrink-0" />}
            </div>
            <div className="mt-0.5 flex min-w-0 items-center gap-2 text-xs">
              <time dateTime={step.at} title={step.at} className="text-muted-foreground w-14 shrink-0 tabular-nums">
                {Number.isNaN(at) ? '' : startMs === null ? timeOfDay.format(at) : `+${formatClock(at - startMs)}`}
              </time>
              <StepDetail step={step} />
            </div>
          </div>
        </>
      ) : (
        <>
          <span className="bg-muted size-8 shrink-0 animate-pulse rounded-md" />
          <div className="flex-1 space-y-1.5">
            <div className="bg-muted h-3 w-2/3 animate-pulse rounded" />
            <div className="bg-muted h-2.5 w-1/2 animate-pulse rounded" />
          </div>
          <span className="sr-only">Step {index + 1} is loading</span>
        </>
      )}
    </div>
  )
}
