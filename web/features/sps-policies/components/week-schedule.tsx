import { SPS_WEEKDAYS, type SpsTimePolicy } from '@contract/sps-policies'
import { minutesOf } from '../schedule-summary'

const DAY_MINUTES = 24 * 60
const HOUR_MARKS = [0, 6, 12, 18, 24]

/** The allowed hours of each day, as bars on a 24-hour line and in words beside them. */
export function WeekSchedule({ days }: { days: SpsTimePolicy['days'] }) {
  return (
    <div className="grid grid-cols-[2.5rem_1fr] items-center gap-x-3 gap-y-2 text-sm">
      <span aria-hidden />
      <div aria-hidden className="text-muted-foreground relative h-4 text-xs">
        {HOUR_MARKS.map((hour) => (
          <span key={hour} className="absolute -translate-x-1/2 tabular-nums first:translate-x-0 last:-translate-x-full" style={{ left: `${(hour / 24) * 100}%` }}>
            {hour}:00
          </span>
        ))}
      </div>
      {SPS_WEEKDAYS.map((day) => {
        const intervals = days[day]
        const words = intervals.length ? intervals.map((interval) => `${interval.start} to ${interval.end}`).join(', ') : 'not allowed'
        return (
          <div key={day} className="contents">
            <span className="font-medium">{day}</span>
            <div>
              <div className="bg-muted relative h-3 overflow-hidden rounded-sm" aria-hidden>
                {intervals.map((interval) => {
                  const start = minutesOf(interval.start)
                  const end = minutesOf(interval.end)
                  if (start === null || end === null || end < start) return null
                  return (
                    <span
                      key={`${interval.start}-${interval.end}`}
                      className="bg-primary absolute inset-y-0 rounded-sm"
                      style={{ left: `${(start / DAY_MINUTES) * 100}%`, width: `${(Math.max(end - start, 15) / DAY_MINUTES) * 100}%` }}
                    />
                  )
                })}
              </div>
              <p className="text-muted-foreground mt-0.5 text-xs tabular-nums">
                <span className="sr-only">{day}: </span>
                {words}
              </p>
            </div>
          </div>
        )
      })}
    </div>
  )
}
