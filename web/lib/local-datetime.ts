/*
 * <input type="datetime-local"> speaks local wall-clock time without a zone ("2026-01-05T09:30");
 * the URL and the API speak ISO 8601 with an offset. These convert between the two.
 */

const pad = (n: number) => String(n).padStart(2, '0')

/** The local wall-clock time of an ISO instant, to the minute, as a datetime-local value. */
export function toLocalInputValue(iso: string | undefined): string {
  if (!iso) return ''
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return ''
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`
}

/** The instant a datetime-local value means in this browser's zone, as ISO 8601 (UTC); undefined when empty or invalid. */
export function fromLocalInputValue(value: string): string | undefined {
  if (!/^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?$/.test(value)) return undefined
  // A date-time without an offset is local time by the ECMAScript spec.
  const date = new Date(value)
  return Number.isNaN(date.getTime()) ? undefined : date.toISOString()
}
