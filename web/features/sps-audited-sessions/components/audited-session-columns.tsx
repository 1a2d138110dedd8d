import type { SpsAuditedSessionSummary } from '@contract/sps-audited-sessions'
import { Link } from '@tanstack/react-router'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { Badge } from '@/components/ui/badge'
import { DateTime } from '@/components/date-time'
import { formatDateTimeWithSeconds } from '@/lib/format-time'
import { formatDuration } from '../format-duration'
import { EndpointText } from './endpoint-text'
import { VerdictBadge } from './verdict-badge'

const column = dataTableColumnHelper<SpsAuditedSessionSummary>()

const none = (label: string) => (
  <span className="text-muted-foreground" title={label}>
    —<span className="sr-only">{label}</span>
  </span>
)

const time = (value: string | null, label: string) =>
  value ? (
    <DateTime value={value} withSeconds className="tabular-nums" />
  ) : (
    none(label)
  )

/** The audited sessions' columns; ids match SPS_AUDITED_COLUMN_IDS (the URL's `hide` list). */
export function auditedSessionColumns(tenant: string) {
  return column.columns([
    column.accessor('startedAt', {
      id: 'started',
      header: 'Started',
      enableSorting: true,
      enableHiding: false,
      sortDescFirst: true,
      meta: { label: 'Started', className: 'w-0' },
      cell: (info) => (
        <Link
          to="/t/$tenant/sps/audited-sessions/$sessionId"
          params={{ tenant, sessionId: info.row.original.id }}
          className="text-primary font-medium underline-offset-4 hover:underline"
          aria-label={`Open the session started ${info.getValue() ? formatDateTimeWithSeconds(info.getValue() as string) : 'at an unknown time'} by ${info.row.original.gatewayUsername ?? 'an unknown user'}`}
        >
          {time(info.getValue(), 'Start unknown')}
        </Link>
      ),
    }),
    column.accessor('gatewayUsername', {
      id: 'user',
      header: 'User',
      meta: { label: 'User', className: 'min-w-32 max-w-56' },
      cell: (info) => {
        const session = info.row.original
        return (
          <span className="flex max-w-52 min-w-0 flex-col">
            <span className="truncate font-medium" title={session.gatewayUsername ?? undefined}>
              {session.gatewayUsername ?? '—'}
            </span>
            {session.serverUsername && (
              <span className="text-muted-foreground truncate text-xs" title={session.serverUsername}>
                as {session.serverUsername}
              </span>
            )}
          </span>
        )
      },
    }),
    column.accessor('protocol', {
      header: 'Protocol',
      meta: { label: 'Protocol', className: 'w-0' },
      cell: (info) => (info.getValue() ? <Badge variant="outline">{info.getValue()}</Badge> : none('Protocol unknown')),
    }),
    column.accessor('client', {
      header: 'Client',
      meta: { label: 'Client', className: 'min-w-36 max-w-60' },
      cell: (info) => <EndpointText endpoint={info.getValue()} />,
    }),
    column.accessor('server', {
      header: 'Server',
      meta: { label: 'Server', className: 'min-w-36 max-w-60' },
      cell: (info) => <EndpointText endpoint={info.getValue()} withPort />,
    }),
    column.accessor('verdict', {
      header: 'Verdict',
      meta: { label: 'Verdict', className: 'w-0' },
      cell: (info) => <VerdictBadge verdict={info.getValue()} active={info.row.original.active} />,
    }),
    column.accessor('durationSeconds', {
      id: 'duration',
      header: 'Duration',
      enableSorting: true,
      sortDescFirst: true,
      meta: { label: 'Duration', className: 'w-0 text-right', cellClassName: 'tabular-nums' },
      cell: (info) => formatDuration(info.getValue()),
    }),
    column.accessor('connectionPolicy', {
      header: 'Connection policy',
      meta: { label: 'Connection policy', className: 'w-0' },
      cell: (info) => info.getValue() ?? none('No connection policy'),
    }),
    column.accessor('channelPolicy', {
      header: 'Channel policy',
      meta: { label: 'Channel policy', className: 'w-0' },
      cell: (info) => info.getValue() ?? none('No channel policy'),
    }),
    column.accessor('endedAt', {
      id: 'ended',
      header: 'Ended',
      meta: { label: 'Ended', className: 'w-0' },
      cell: (info) => (info.row.original.active ? <span className="text-muted-foreground">Still running</span> : time(info.getValue(), 'End unknown')),
    }),
    column.accessor('id', {
      header: 'Session id',
      meta: { label: 'Session id', className: 'w-0', cellClassName: 'font-mono text-xs' },
    }),
  ])
}
