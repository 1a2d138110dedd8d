import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { DataTableError } from '@/components/data-table/data-table-error'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Skeleton } from '@/components/ui/skeleton'
import { spsSessionEventsQueryOptions } from '../api/sps-audited-session-queries'
import { SESSION_PART_PAGE_SIZE } from '../sps-audited-session-detail-search'
import { EventTable } from './event-table'
import { PartPager } from './part-pager'

/** Every indexed event of the session, a page at a time (the page is in the URL). */
export function SessionEvents(props: { tenant: string; sessionId: string; page: number; onPage: (page: number) => void }) {
  const params = { pageSize: String(SESSION_PART_PAGE_SIZE), ...(props.page > 1 ? { page: String(props.page) } : {}) }
  const events = useQuery({ ...spsSessionEventsQueryOptions(props.tenant, props.sessionId, params), placeholderData: keepPreviousData })
  return (
    <Card>
      <CardHeader>
        <CardTitle>Events</CardTitle>
        <CardDescription>Commands and window titles in the order SPS recorded them.</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-col gap-3">
        {events.error ? (
          <DataTableError error={events.error} onRetry={() => void events.refetch()} />
        ) : !events.data ? (
          <Skeleton className="h-24 w-full" />
        ) : events.data.items.length === 0 ? (
          <p className="text-muted-foreground text-sm">{props.page > 1 ? 'This page is past the last event.' : 'SPS lists no indexed event for this session.'}</p>
        ) : (
          <EventTable events={events.data.items} label="Events" />
        )}
        {events.data && <PartPager page={props.page} hasMore={events.data.hasMore} what="Events" onPage={props.onPage} />}
      </CardContent>
    </Card>
  )
}
