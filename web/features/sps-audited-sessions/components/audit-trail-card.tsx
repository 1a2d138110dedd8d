import { useQuery } from '@tanstack/react-query'
import { Download, Info } from 'lucide-react'
import { useState } from 'react'
import { DataTableError } from '@/components/data-table/data-table-error'
import { Badge } from '@/components/ui/badge'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Skeleton } from '@/components/ui/skeleton'
import { DateTime } from '@/components/date-time'
import { spsAuditTrailUrl, spsTrailDownloadsQueryOptions } from '../api/sps-audited-session-queries'
import { formatBytes } from '../format-duration'

/** How long the "who downloaded" list is re-read after a download starts: the entry lands when the file has arrived. */
const WATCH_MS = 60_000
const WATCH_EVERY_MS = 2_000

export interface AuditTrailCardProps {
  tenant: string
  sessionId: string
  available: boolean
}

/**
 * The audit trail download (streamed from SPS, audited) and who else downloaded it: through the
 * console (its own audit log) and as SPS itself recorded it.
 */
export function AuditTrailCard({ tenant, sessionId, available }: AuditTrailCardProps) {
  const [watchUntil, setWatchUntil] = useState(0)
  const downloads = useQuery({
    ...spsTrailDownloadsQueryOptions(tenant, sessionId),
    refetchInterval: () => (Date.now() < watchUntil ? WATCH_EVERY_MS : false),
  })
  return (
    <Card>
      <CardHeader>
        <CardTitle>Audit trail</CardTitle>
        <CardDescription>
          The recording as SPS stores it (a <code>.zat</code> file). It plays in One Identity&apos;s own Safeguard Desktop Player, not in the browser. Every
          download is recorded in the console&apos;s audit log.
        </CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-4">
        {available ? (
          <Button asChild className="w-fit">
            {/* A plain link: the browser saves the stream as it arrives, however large the trail. */}
            <a href={spsAuditTrailUrl(tenant, sessionId)} download onClick={() => setWatchUntil(Date.now() + WATCH_MS)}>
              <Download aria-hidden />
              Download audit trail
            </a>
          </Button>
        ) : (
          <p className="text-muted-foreground flex items-center gap-2 text-sm">
            <Info className="size-4" aria-hidden />
            SPS offers no audit trail for this session.
          </p>
        )}
        <section aria-labelledby="trail-downloads-title" className="flex flex-col gap-2">
          <h3 id="trail-downloads-title" className="text-sm font-semibold">
            Who downloaded it
          </h3>
          {downloads.error ? (
            <DataTableError error={downloads.error} onRetry={() => void downloads.refetch()} />
          ) : !downloads.data ? (
            <Skeleton className="h-12 w-full" />
          ) : (
            <>
              <p className="text-muted-foreground text-xs font-medium">Through the console</p>
              {downloads.data.console.length === 0 ? (
                <p className="text-muted-foreground text-sm">Nobody yet.</p>
              ) : (
                <ul aria-label="Downloads through the console" className="flex flex-col gap-1.5 text-sm">
                  {downloads.data.console.map((entry, index) => (
                    <li key={`${entry.at}-${index}`} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                      <span className="font-medium break-all">{entry.actor}</span>
                      <DateTime value={entry.at} className="text-muted-foreground tabular-nums" />
                      {entry.result === 'success' ? (
                        <span className="text-muted-foreground">{formatBytes(entry.bytes)}</span>
                      ) : (
                        <Badge variant="destructive">{entry.result === 'denied' ? 'Denied' : 'Failed'}</Badge>
                      )}
                    </li>
                  ))}
                </ul>
              )}
              <p className="text-muted-foreground mt-2 text-xs font-medium">As SPS recorded it</p>
              {downloads.data.appliance.length === 0 ? (
                <p className="text-muted-foreground text-sm">No download recorded on the appliance.</p>
              ) : (
                <ul aria-label="Downloads recorded by SPS" className="flex flex-col gap-1.5 text-sm">
                  {downloads.data.appliance.map((entry, index) => (
                    <li key={`${entry.at ?? ''}-${index}`} className="flex flex-wrap items-center gap-x-2 gap-y-0.5">
                      <span className="font-medium break-all">{entry.username ?? 'Unknown user'}</span>
                      {entry.at && (
                        <DateTime value={entry.at} className="text-muted-foreground tabular-nums" />
                      )}
                      {entry.ipAddress && <span className="text-muted-foreground font-mono text-xs">{entry.ipAddress}</span>}
                      {entry.fromApi && <Badge variant="outline">REST API</Badge>}
                    </li>
                  ))}
                </ul>
              )}
              <p className="text-muted-foreground text-xs">Downloads through the console appear on SPS as the connection&apos;s SPS user.</p>
            </>
          )}
        </section>
      </CardContent>
    </Card>
  )
}
