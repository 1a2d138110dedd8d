import { useQuery } from '@tanstack/react-query'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Skeleton } from '@/components/ui/skeleton'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { DataTableError } from '@/components/data-table/data-table-error'
import { DateTime } from '@/components/date-time'
import { spsSessionChannelsQueryOptions } from '../api/sps-audited-session-queries'
import { formatDuration } from '../format-duration'

/** The channels SPS saw in the session (shell, exec, drawing, clipboard…) and its verdict on each. */
export function SessionChannels({ tenant, sessionId }: { tenant: string; sessionId: string }) {
  const channels = useQuery(spsSessionChannelsQueryOptions(tenant, sessionId, { pageSize: '200' }))
  return (
    <Card>
      <CardHeader>
        <CardTitle>Channels</CardTitle>
        <CardDescription>What the session opened inside its connection, and whether SPS allowed it.</CardDescription>
      </CardHeader>
      <CardContent>
        {channels.error ? (
          <DataTableError error={channels.error} onRetry={() => void channels.refetch()} />
        ) : !channels.data ? (
          <Skeleton className="h-16 w-full" />
        ) : channels.data.items.length === 0 ? (
          <p className="text-muted-foreground text-sm">SPS lists no channel for this session.</p>
        ) : (
          <div className="rounded-lg border">
            <Table aria-label="Channels">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Channel</TableHead>
                  <TableHead>Verdict</TableHead>
                  <TableHead>Started</TableHead>
                  <TableHead>Duration</TableHead>
                  <TableHead>Details</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {channels.data.items.map((channel, index) => (
                  <TableRow key={`${channel.id}-${index}`}>
                    <TableCell className="font-mono text-xs">{channel.type ?? '—'}</TableCell>
                    <TableCell>{channel.verdict ?? '—'}</TableCell>
                    <TableCell className="tabular-nums">{channel.startedAt ? <DateTime value={channel.startedAt} withSeconds /> : '—'}</TableCell>
                    <TableCell className="tabular-nums">{formatDuration(channel.durationSeconds)}</TableCell>
                    <TableCell className="max-w-80 font-mono text-xs break-all whitespace-normal">
                      {Object.entries(channel.details)
                        .map(([name, value]) => `${name}: ${value}`)
                        .join('; ') || '—'}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
    </Card>
  )
}
