const local = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  timeZoneName: 'short',
})

/** The console's one display rule for a moment in time: local time, with the zone shown. */
export function formatDateTime(value: string | number | Date): string {
  return local.format(new Date(value))
}

const localWithSeconds = new Intl.DateTimeFormat(undefined, {
  year: 'numeric',
  month: 'short',
  day: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  timeZoneName: 'short',
})

/** The same rule to the second, for logs where several events share a minute. */
export function formatDateTimeWithSeconds(value: string | number | Date): string {
  return localWithSeconds.format(new Date(value))
}
