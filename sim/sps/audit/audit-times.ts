// The time formats the SPS audit endpoints use, each as its documentation sample shows it.

/** `creation_time`, trail download `time`: `2018-11-14T12:26:59.244Z`. */
export function isoMillisUtc(ms: number): string {
  return new Date(ms).toISOString()
}

/** `end_time`: `2018-09-15T14:22:00+05:00` (the appliance runs on UTC here). */
export function isoSecondsWithOffset(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19)}+00:00`
}

/** Event `time`: `2017-04-11T09:21:10.832`, no zone. */
export function localMillis(ms: number): string {
  return new Date(ms).toISOString().slice(0, 23)
}

/** Alert `time`: `2017-04-25T13:26:39.144356`, microseconds, no zone. */
export function localMicros(ms: number): string {
  return `${localMillis(ms)}000`
}

/**
 * `start`/`end` query values: ISO 8601 like `2017-01-25T10:00` (the guide's example). A value
 * without a zone is read as UTC, the appliance's zone here. Null when it is not a date.
 */
export function parseQueryDate(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.test(trimmed)) return null
  const hasZone = /(Z|[+-]\d{2}:?\d{2})$/.test(trimmed) && trimmed.length > 10
  const withTime = trimmed.length === 10 ? `${trimmed}T00:00` : trimmed.replace(' ', 'T')
  const parsed = Date.parse(hasZone ? withTime : `${withTime}Z`)
  return Number.isNaN(parsed) ? null : parsed
}
