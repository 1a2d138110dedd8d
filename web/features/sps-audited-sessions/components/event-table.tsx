import type { SpsSessionEvent } from '@contract/sps-audited-sessions'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'

const TYPE_LABELS: Record<string, string> = { command: 'Command', window_title: 'Window title' }

/**
 * Indexed events (commands, window titles) as SPS extracted them. Times are the appliance's own,
 * written without a zone, so they are shown as SPS wrote them.
 */
export function EventTable({ events, label }: { events: readonly SpsSessionEvent[]; label: string }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label={label} containerClassName="max-h-[28rem]">
        <TableHeader className="bg-background sticky top-0">
          <TableRow className="hover:bg-transparent">
            <TableHead className="w-0">Time (appliance)</TableHead>
            <TableHead className="w-0">Kind</TableHead>
            <TableHead>Content</TableHead>
            <TableHead className="w-0">Channel</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.map((event, index) => (
            <TableRow key={`${event.recordId ?? 'x'}-${index}`}>
              <TableCell className="font-mono text-xs tabular-nums">{event.time?.replace('T', ' ') ?? '—'}</TableCell>
              <TableCell className="text-muted-foreground">{event.type ? (TYPE_LABELS[event.type] ?? event.type) : '—'}</TableCell>
              <TableCell className="font-mono text-xs break-all whitespace-pre-wrap">{event.content ?? event.action ?? '—'}</TableCell>
              <TableCell className="text-muted-foreground tabular-nums">{event.channelId ?? '—'}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
