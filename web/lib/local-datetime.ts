import { getTimeDisplay, type TimeDisplay } from './time-display'

/*
 * <input type="datetime-local"> speaks wall-clock time without a zone ("2026-01-05T09:30");
 * the URL and the API speak ISO 8601 instants. These convert between the two in the zone the
 * operator has chosen to see times in (local or UTC), so what they type means what they see.
 */

const pad = (n: number) => String(n).padStart(2, '0')

/** The wall-clock time of an ISO instant in the chosen zone, to the minute, as a datetime-local value. */
export function toLocalInputValue(iso: string | undefined, display: TimeDisplay = getTimeDisplay()): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  if (display === 'utc') return date.toISOString().slice(0, 16)
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The instant a datetime-local value means in the chosen zone, as ISO 8601 (UTC); undefined when empty or invalid. */
export function fromLocalInputValue(value: string, display: TimeDisplay = getTimeDisplay()): string | undefined {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value)) return undefined
  // A date-time without an offset is local time by the ECMAScript spec; a trailing Z makes it UTC.
  const date = new Date(display === 'utc' ? `${value}Z` : value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
