import type { SwsStepView } from '@contract/sws-player'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { StepRow } from './step-row'

export const STEP_ROW_HEIGHT = 60

export interface VisibleRange {
  start: number
  end: number
}

/**
 * The step list, virtualized: only the rows in view (plus a few) are in the DOM, whatever the
 * session's length. The list follows the current step; scrolling reports the range in view.
 */
export function StepTimeline({
  total,
  current,
  startMs,
  stepAt,
  matchIds,
  onSelect,
  onRangeChange,
}: {
  total: number
  current: number
  startMs: number | null
  stepAt: (index: number) => SwsStepView | undefined
  matchIds: ReadonlySet<string>
  onSelect: (index: number) => void
  onRangeChange: (range: VisibleRange) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const initialCurrent = useRef(current)
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer re-renders this component itself
  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => STEP_ROW_HEIGHT,
    overscan: 8,
    // A deep link opens at its step, so the first pages asked for are the ones shown.
    initialOffset: () => Math.max(0, initialCurrent.current * STEP_ROW_HEIGHT - 3 * STEP_ROW_HEIGHT),
  })
  const items = virtualizer.getVirtualItems()
  const first = items[0]?.index ?? 0
  const last = items[items.length - 1]?.index ?? 0

  useEffect(() => {
    onRangeChange({ start: first, end: last })
  }, [first, last, onRangeChange])

  // Keep the current step in view as it changes (playback, keys, search, scrubber).
  useEffect(() => {
    if (total > 0 && current < total) virtualizer.scrollToIndex(current, { align: 'auto' })
  }, [current, total, virtualizer])

  return (
    <div
      ref={scrollRef}
      role="listbox"
      aria-label="Steps"
      aria-activedescendant={current >= first && current <= last ? `step-row-${current}` : undefined}
      tabIndex={0}
      className="focus-visible:ring-ring h-[min(70dvh,44rem)] min-h-80 overflow-auto outline-none focus-visible:ring-2 focus-visible:ring-inset"
    >
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        {items.map((item) => {
          const step = stepAt(item.index)
          return (
            <div key={item.key} className="absolute inset-x-0 top-0" style={{ height: item.size, transform: `translateY(${item.start}px)` }}>
              <StepRow
                step={step}
                index={item.index}
                total={total}
                startMs={startMs}
                current={item.index === current}
                match={step ? matchIds.has(step.id) : false}
                onSelect={onSelect}
              />
            </div>
          )
        })}
      </div>
    </div>
  )
}
