import { cn } from '@/lib/utils'

/** A determinate progress bar; `label` names it for assistive technology. */
export function Progress({ value, max, label, className }: { value: number; max: number; label: string; className?: string }) {
  const percent = max > 0 ? Math.min(100, Math.max(0, (value / max) * 100)) : 0
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={value}
      aria-valuetext={`${Math.floor(percent)}%`}
      data-slot="progress"
      className={cn('bg-secondary relative h-2 w-full overflow-hidden rounded-full', className)}
    >
      <div className="bg-primary h-full transition-[width] duration-500" style={{ width: `${percent}%` }} />
    </div>
  )
}
