import { getTimeDisplay, type TimeDisplay } from './time-display'

const formatters = new Map<string, Intl.DateTimeFormat>()

// Built on first use per choice (not at import), so the zone is the one in force when formatting starts.
function formatter(display: TimeDisplay, seconds: boolean): Intl.DateTimeFormat {
  const key = `${display}:${seconds}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(undefined, {
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      ...(seconds ? { second: '2-digit' } : {}),
      timeZoneName: 'short',
      // UTC shows "UTC" as its zone name; local shows the browser's (e.g. "GMT+1", "PST").
      timeZone: display === 'utc' ? 'UTC' : undefined,
    })
    formatters.set(key, format)
  }
  return format
}

// Intl throws on an invalid date: a garbled vendor value shows as a dash, not a crashed screen.
function format(value: string | number | Date, display: TimeDisplay, seconds: boolean): string {
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? '—' : formatter(display, seconds).format(date)
}

/**
 * The console's one display rule for a moment in time: in the operator's chosen zone (local
 * time or UTC, see time-display.ts), with the zone shown. Components that call it must
 * re-render on a switch: use <DateTime> or useTimeDisplay().
 */
export function formatDateTime(value: string | number | Date, display: TimeDisplay = getTimeDisplay()): string {
  return format(value, display, false)
}

/** The same rule to the second, for logs where several events share a minute. */
export function formatDateTimeWithSeconds(value: string | number | Date, display: TimeDisplay = getTimeDisplay()): string {
  return format(value, display, true)
}

/** The instant as ISO 8601 in UTC to the second (e.g. "2026-01-05T08:00:00Z"), for tooltips and `dateTime`; '' when invalid. */
export function isoInstant(value: string | number | Date): string {
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  return date.toISOString().replace(/\.000Z$/, 'Z')
}
