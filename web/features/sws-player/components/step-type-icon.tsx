import { cn } from '@/lib/utils'
import { stepKind } from '../step-kinds'

/** The step type's icon on its tinted chip; the label is for screen readers and the tooltip. */
export function StepTypeIcon({ type, className }: { type: string; className?: string }) {
  const kind = stepKind(type)
  const Icon = kind.icon
  return (
    <span className={cn('inline-flex size-8 shrink-0 items-center justify-center rounded-md', kind.tone, className)} title={kind.label}>
      <Icon aria-hidden className="size-4" />
      <span className="sr-only">{kind.label}</span>
    </span>
  )
}
