import { TIME_WINDOW_LABELS, TIME_WINDOW_RANGES, timeWindowProblem, type TimeWindowRange, type TimeWindowSearch } from '@contract/time-window'
import { useId } from 'react'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { Label } from '@/components/ui/label'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { fromLocalInputValue, toLocalInputValue } from '@/lib/local-datetime'
import { useTimeDisplay } from '@/lib/time-display'
import { cn } from '@/lib/utils'

export interface TimeWindowFilterProps {
  /** The window as the URL holds it. */
  value: TimeWindowSearch
  /** The preset shown when the URL names none. */
  defaultRange?: Exclude<TimeWindowRange, 'custom'>
  /**
   * A change to merge into the URL: only the fields that changed (so a quick edit of one bound
   * never carries a stale copy of the other); `from`/`to` are cleared when a preset is picked.
   */
  onChange: (change: TimeWindowSearch) => void
  className?: string
}

/**
 * A preset picker (last 24 h, 7 days, 30 days) that opens From/To inputs for a custom range.
 * Lays itself out as grid items, so it sits inside a screen's filter grid; custom inputs use
 * the chosen zone (local time or UTC) and the URL keeps ISO instants.
 */
export function TimeWindowFilter({ value, defaultRange = '24h', onChange, className }: TimeWindowFilterProps) {
  const ids = { range: useId(), from: useId(), to: useId(), error: useId() }
  // The custom inputs show and read the bounds in the chosen zone: follow a switch.
  useTimeDisplay()
  const range = value.range ?? (value.from || value.to ? 'custom' : defaultRange)
  const problem = timeWindowProblem(value)

  const pickRange = (next: string) => {
    const picked = next as TimeWindowRange
    if (picked === 'custom') onChange({ range: 'custom' })
    else onChange({ range: picked, from: undefined, to: undefined })
  }

  return (
    <>
      <div className={cn('flex min-w-0 flex-col gap-1.5', className)}>
        <Label htmlFor={ids.range} className="text-muted-foreground text-xs font-medium">
          Time window
        </Label>
        <Select value={range} onValueChange={pickRange}>
          <SelectTrigger id={ids.range} className="w-full">
            <SelectValue />
          </SelectTrigger>
          <SelectContent>
            {TIME_WINDOW_RANGES.map((option) => (
              <SelectItem key={option} value={option}>
                {TIME_WINDOW_LABELS[option]}
              </SelectItem>
            ))}
          </SelectContent>
        </Select>
      </div>
      {range === 'custom' && (
        <>
          <div className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={ids.from} className="text-muted-foreground text-xs font-medium">
              From
            </Label>
            <DebouncedFilterInput
              id={ids.from}
              type="datetime-local"
              value={toLocalInputValue(value.from) || undefined}
              onCommit={(text) => onChange({ range: 'custom', from: text ? fromLocalInputValue(text) : undefined })}
            />
          </div>
          <div className="flex min-w-0 flex-col gap-1.5">
            <Label htmlFor={ids.to} className="text-muted-foreground text-xs font-medium">
              To
            </Label>
            <DebouncedFilterInput
              id={ids.to}
              type="datetime-local"
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? ids.error : undefined}
              value={toLocalInputValue(value.to) || undefined}
              onCommit={(text) => onChange({ range: 'custom', to: text ? fromLocalInputValue(text) : undefined })}
            />
            {problem && (
              <p id={ids.error} className="text-destructive text-sm">
                {problem}
              </p>
            )}
          </div>
        </>
      )}
    </>
  )
}
