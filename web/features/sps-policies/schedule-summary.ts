import { SPS_WEEKDAYS, type SpsTimeInterval, type SpsWeekday } from '@contract/sps-policies'

const intervalsText = (intervals: readonly SpsTimeInterval[]) =>
  intervals.length === 0 ? 'never' : intervals.map((interval) => `${interval.start}–${interval.end}`).join(', ')

/**
 * A week in words, runs of days with the same hours together: "Mon–Fri 7:00–19:00; Sat–Sun never".
 * "Every day …" when all seven agree.
 */
export function scheduleSummary(days: Readonly<Record<SpsWeekday, readonly SpsTimeInterval[]>>): string {
  const runs: { from: SpsWeekday; to: SpsWeekday; text: string }[] = []
  for (const day of SPS_WEEKDAYS) {
    const text = intervalsText(days[day])
    const last = runs.at(-1)
    if (last && last.text === text) last.to = day
    else runs.push({ from: day, to: day, text })
  }
  if (runs.length === 1) return `Every day ${runs[0]?.text ?? 'never'}`
  return runs.map((run) => `${run.from === run.to ? run.from : `${run.from}–${run.to}`} ${run.text}`).join('; ')
}

/** Minutes since midnight of "H:MM"; null when it is not a time of day. */
export function minutesOf(time: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time)
  if (!match) return null
  const minutes = Number(match[1]) * 60 + Number(match[2])
  return minutes <= 24 * 60 ? minutes : null
}
