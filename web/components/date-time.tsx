import type { ComponentProps } from 'react'
import { formatDateTime, formatDateTimeWithSeconds, isoInstant } from '@/lib/format-time'
import { useTimeDisplay } from '@/lib/time-display'

/**
 * A moment in time as the console shows it (the chosen zone, with the zone named), in a
 * <time> element that carries the ISO instant; re-renders when the operator switches between
 * local time and UTC.
 */
export function DateTime({ value, withSeconds = false, ...props }: { value: string | number | Date; withSeconds?: boolean } & Omit<ComponentProps<'time'>, 'dateTime' | 'children'>) {
  const { display } = useTimeDisplay()
  const iso = isoInstant(value)
  return (
    <time dateTime={iso || undefined} title={iso || undefined} {...props}>
      {withSeconds ? formatDateTimeWithSeconds(value, display) : formatDateTime(value, display)}
    </time>
  )
}
