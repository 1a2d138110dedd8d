import type { SwsStepMarker } from '@contract/sws-player'
import { useMemo } from 'react'
import { formatClock } from '../playback-timing'
import { stepKind } from '../step-kinds'

const BUCKETS = 400

interface Lane {
  key: string
  label: string
  fill: string
  swatch: string
}

const LANES: Lane[] = [
  { key: 'nav', label: 'Navigation', fill: 'fill-info', swatch: 'bg-info' },
  { key: 'paste', label: 'Paste', fill: 'fill-warning', swatch: 'bg-warning' },
  { key: 'lock', label: 'Lock / unlock / resume', fill: 'fill-success', swatch: 'bg-success' },
  { key: 'flag', label: 'Flagged', fill: 'fill-destructive', swatch: 'bg-destructive' },
  { key: 'match', label: 'Search match', fill: 'fill-primary', swatch: 'bg-primary' },
]

function laneOf(marker: SwsStepMarker): string | null {
  if (marker.type === 'NavigatedTo') return 'nav'
  if (marker.type === 'ClipboardPasted') return 'paste'
  return stepKind(marker.type).marker ? 'lock' : null
}

/** Marks per lane, in buckets of the scrubber's width, so thousands of marks stay a few hundred shapes. */
function bucketize(startMs: number, spanMs: number, markers: readonly SwsStepMarker[], matchTimes: readonly number[]) {
  const lanes = new Map<string, Set<number>>(LANES.map((lane) => [lane.key, new Set<number>()]))
  const bucket = (time: number) => Math.min(BUCKETS - 1, Math.max(0, Math.floor(((time - startMs) / spanMs) * BUCKETS)))
  for (const marker of markers) {
    const time = Date.parse(marker.at)
    if (Number.isNaN(time)) continue
    const lane = laneOf(marker)
    if (lane) lanes.get(lane)?.add(bucket(time))
    if (marker.flagged) lanes.get('flag')?.add(bucket(time))
  }
  for (const time of matchTimes) lanes.get('match')?.add(bucket(time))
  return lanes
}

/**
 * The session on a time axis: marks by step type, flagged steps and search matches above a range
 * input that seeks (by time; the player then finds the step there).
 */
export function SessionScrubber({
  startMs,
  endMs,
  currentMs,
  markers,
  matchTimes,
  positionText,
  onSeek,
}: {
  startMs: number
  endMs: number
  currentMs: number
  markers: readonly SwsStepMarker[]
  matchTimes: readonly number[]
  positionText: string
  onSeek: (time: number) => void
}) {
  const span = Math.max(1, endMs - startMs)
  const lanes = useMemo(() => bucketize(startMs, span, markers, matchTimes), [startMs, span, markers, matchTimes])
  const progress = Math.min(100, Math.max(0, ((currentMs - startMs) / span) * 100))
  const present = LANES.filter((lane) => (lanes.get(lane.key)?.size ?? 0) > 0)
  return (
    <div className="space-y-1.5">
      <div className="relative">
        <svg aria-hidden viewBox={`0 0 ${BUCKETS} ${LANES.length * 4}`} preserveAspectRatio="none" className="bg-muted/50 block h-5 w-full rounded-sm">
          {LANES.map((lane, row) =>
            [...(lanes.get(lane.key) ?? [])].map((bucket) => <rect key={`${lane.key}-${bucket}`} x={bucket} y={row * 4} width={1} height={4} className={lane.fill} />),
          )}
        </svg>
        <div aria-hidden className="bg-foreground absolute top-0 h-5 w-0.5" style={{ left: `calc(${progress}% - 1px)` }} />
      </div>
      <input
        type="range"
        aria-label="Position in the session"
        aria-valuetext={positionText}
        min={0}
        max={span}
        step={Math.max(1, Math.round(span / 1000))}
        value={Math.min(span, Math.max(0, currentMs - startMs))}
        onChange={(event) => onSeek(startMs + Number(event.target.value))}
        className="accent-primary block w-full cursor-pointer"
      />
      <div className="text-muted-foreground flex flex-wrap items-center justify-between gap-x-4 gap-y-1 text-xs">
        <span className="tabular-nums">
          {formatClock(currentMs - startMs)} / {formatClock(span)}
        </span>
        <ul className="flex flex-wrap gap-x-3 gap-y-1" aria-label="Marks on the timeline">
          {present.map((lane) => (
            <li key={lane.key} className="flex items-center gap-1">
              <span aria-hidden className={`size-2 rounded-full ${lane.swatch}`} />
              {lane.label}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
