import { SWS_SESSION_SORTS, type SwsSessionSummary } from '@contract/sws-sessions'
import { Link } from '@tanstack/react-router'
import { Flag, PlayCircle } from 'lucide-react'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { Badge } from '@/components/ui/badge'
import { DateTime } from '@/components/date-time'
import { formatDateTime, formatDateTimeWithSeconds } from '@/lib/format-time'
import { formatDuration } from '../format-duration'

const column = dataTableColumnHelper<SwsSessionSummary>()

const none = (label: string) => (
  <span className="text-muted-foreground" title={label}>
    —<span className="sr-only">{label}</span>
  </span>
)

const time = (value: string | null, missing: string) =>
  value ? (
    <DateTime value={value} title={formatDateTimeWithSeconds(value)} className="tabular-nums" />
  ) : (
    none(missing)
  )

const sortable = (id: keyof typeof SWS_SESSION_SORTS) => ({ enableSorting: true, sortDescFirst: SWS_SESSION_SORTS[id].desc })

/** The sessions table's columns; ids match SWS_SESSION_COLUMN_IDS and the sort keys. */
export function swsSessionColumns(tenant: string) {
  return column.columns([
    column.accessor('startedAt', {
      id: 'start',
      header: 'Start',
      ...sortable('start'),
      enableHiding: false,
      meta: { label: 'Start', className: 'w-0' },
      // The start time is the row's link to the session player.
      cell: (info) => {
        const session = info.row.original
        const who = session.user?.username ?? 'an unknown user'
        return (
          <Link
            to="/t/$tenant/sws/sessions/$sessionId"
            params={{ tenant, sessionId: session.id }}
            aria-label={`Open the session of ${who} started ${session.startedAt ? formatDateTime(session.startedAt) : 'at an unknown time'}`}
            className="text-primary inline-flex items-center gap-1.5 font-medium hover:underline focus-visible:underline"
          >
            <PlayCircle className="size-4 shrink-0" aria-hidden />
            {time(info.getValue(), 'No start time')}
          </Link>
        )
      },
    }),
    column.accessor('endedAt', {
      id: 'end',
      header: 'End',
      ...sortable('end'),
      meta: { label: 'End', className: 'w-0' },
      cell: (info) => time(info.getValue(), 'Still running'),
    }),
    column.accessor('durationMs', {
      id: 'duration',
      header: 'Duration',
      ...sortable('duration'),
      meta: { label: 'Duration', className: 'w-0 text-right', cellClassName: 'tabular-nums' },
      cell: (info) => {
        const value = info.getValue()
        return value === null ? none('Unknown') : formatDuration(value)
      },
    }),
    column.accessor((session) => session.application?.name ?? '', {
      id: 'application',
      header: 'Application',
      ...sortable('application'),
      meta: { label: 'Application', className: 'min-w-36 max-w-64', cellClassName: 'whitespace-normal break-words' },
      // Long names are cut to two lines; the whole name is in the title.
      cell: (info) =>
        info.getValue() ? (
          <span className="line-clamp-2" title={info.getValue()}>
            {info.getValue()}
          </span>
        ) : (
          none('No application')
        ),
    }),
    column.accessor((session) => session.user?.fullName ?? '', {
      id: 'user',
      header: 'User',
      ...sortable('user'),
      meta: { label: 'User', className: 'min-w-40 max-w-72', cellClassName: 'whitespace-normal' },
      cell: (info) => {
        const user = info.row.original.user
        if (!user) return none('No user')
        return (
          <div className="min-w-0">
            <div className="font-medium break-words">{user.fullName || user.username}</div>
            <div className="text-muted-foreground text-xs break-all">{user.username}</div>
          </div>
        )
      },
    }),
    column.accessor('stepsCount', {
      id: 'steps',
      header: 'Steps',
      ...sortable('steps'),
      meta: { label: 'Steps', className: 'w-0 text-right', cellClassName: 'tabular-nums' },
      cell: (info) => info.getValue().toLocaleString(),
    }),
    column.accessor('flag', {
      id: 'flag',
      header: 'Flag',
      meta: { label: 'Flag', className: 'w-0' },
      cell: (info) => {
        const flag = info.getValue()
        if (!flag) return none('Not flagged')
        const title = [flag.by && `Flagged by ${flag.by}`, flag.at && formatDateTimeWithSeconds(flag.at)].filter(Boolean).join(', ')
        return (
          <Badge variant="warning" title={title || undefined}>
            <Flag aria-hidden />
            Flagged
          </Badge>
        )
      },
    }),
  ])
}
