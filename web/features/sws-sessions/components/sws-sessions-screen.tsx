import { SWS_SESSION_PAGE_SIZES, type SwsSessionPage, type SwsSessionSummary } from '@contract/sws-sessions'
import { resolveTimeWindow, TIME_WINDOW_PRESET_MS } from '@contract/time-window'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { History, Info } from 'lucide-react'
import { useMemo } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { ClearFiltersButton } from '@/components/data-table/clear-filters-button'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { DateTime } from '@/components/date-time'
import { swsApplicationsQueryOptions, swsSessionListQueryOptions } from '../api/sws-session-queries'
import {
  hasSessionFilters,
  SWS_SESSIONS_DEFAULT_RANGE,
  swsSessionFilters,
  swsSessionListRequest,
  swsSessionsProblem,
  swsSessionsSearchForTable,
  swsSessionsTableState,
  swsSessionTimeWindow,
  type SwsSessionsSearch,
} from '../sws-sessions-search'
import { swsSessionColumns } from './sws-session-columns'
import { SwsSessionFilters } from './sws-session-filters'
import { SwsSessionsExportButton } from './sws-sessions-export-button'

const sessionId = (session: SwsSessionSummary) => session.id
const NO_FILTERS: Partial<SwsSessionsSearch> = { application: undefined, user: undefined, flagged: undefined, q: undefined }

export interface SwsSessionsScreenProps {
  tenant: string
  search: SwsSessionsSearch
  canExport: boolean
  onSearchChange: (change: Partial<SwsSessionsSearch>, options?: { replace?: boolean }) => void
}

/** The auditor's main screen: recorded web sessions by time window, filtered, sorted and paged by the vendor. */
export function SwsSessionsScreen({ tenant, search, canExport, onSearchChange }: SwsSessionsScreenProps) {
  const problem = swsSessionsProblem(search)
  const list = useQuery({ ...swsSessionListQueryOptions(tenant, swsSessionListRequest(search)), placeholderData: keepPreviousData, enabled: !problem })
  const applications = useQuery(swsApplicationsQueryOptions(tenant))
  const columns = useMemo(() => swsSessionColumns(tenant), [tenant])
  const filtered = hasSessionFilters(search)
  const clearFilters = () => onSearchChange({ ...NO_FILTERS, page: undefined })

  return (
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[40rem]">
      <PageHeader
        area="Secure Web Sessions"
        title="Sessions"
        description="Recorded web sessions by start time. Open one to replay its steps."
        actions={canExport && <SwsSessionsExportButton tenant={tenant} filters={swsSessionFilters(search)} disabled={!!problem} />}
      />
      <SwsSessionFilters search={search} applications={applications.data?.items ?? []} onChange={(change) => onSearchChange({ ...change, page: undefined }, { replace: true })} />
      <WindowCaption search={search} page={list.data} />
      <DataTable
        label="SWS sessions"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={columns}
        {...queryTableProps(list, { problem })}
        getRowId={sessionId}
        state={swsSessionsTableState(search)}
        onStateChange={(change) => onSearchChange(swsSessionsSearchForTable(change))}
        pageSizes={SWS_SESSION_PAGE_SIZES}
        toolbar={
          filtered && (
            <ClearFiltersButton place="toolbar" onClear={clearFilters} />
          )
        }
        empty={<EmptySessions page={list.data} filtered={filtered} onClear={clearFilters} onSearchChange={onSearchChange} />}
      />
    </div>
  )
}

/** Which window the rows are from (as the server resolved it), and which vendor API answered. */
function WindowCaption({ search, page }: { search: SwsSessionsSearch; page: SwsSessionPage | undefined }) {
  const window = page?.window ?? (() => {
    const resolved = resolveTimeWindow(swsSessionTimeWindow(search), new Date(), SWS_SESSIONS_DEFAULT_RANGE)
    return { from: resolved.from.toISOString(), to: resolved.to.toISOString() }
  })()
  return (
    <p className="text-muted-foreground mb-3 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm" aria-live="polite">
      <span>
        Sessions started from <DateTime value={window.from} /> to <DateTime value={window.to} />
      </span>
      {page?.source === 'recordings' && (
        <span className="inline-flex items-center gap-1">
          <Info className="size-3.5" aria-hidden />
          From the recordings API: this tenant has no sessions API yet.
        </span>
      )}
    </p>
  )
}

function EmptySessions(props: {
  page: SwsSessionPage | undefined
  filtered: boolean
  onClear: () => void
  onSearchChange: SwsSessionsScreenProps['onSearchChange']
}) {
  const { page } = props
  // The vendor's lastUpdate says how fresh its data is; a window after it cannot hold anything.
  const stale = page?.lastUpdate && Date.parse(page.lastUpdate) < Date.parse(page.window.from) ? page.lastUpdate : null
  const showUpToLastUpdate = (lastUpdate: string) => {
    const to = new Date(Date.parse(lastUpdate) + 60_000)
    const from = new Date(to.getTime() - TIME_WINDOW_PRESET_MS['7d'])
    props.onSearchChange({ range: 'custom', from: from.toISOString(), to: to.toISOString(), page: undefined })
  }
  return (
    <div className="flex flex-col items-center gap-3 text-center">
      <p className="text-muted-foreground">{props.filtered ? 'No session in this time window matches these filters.' : 'No session started in this time window.'}</p>
      {stale && (
        <p className="text-muted-foreground text-sm">
          The newest data Secure Web Sessions reports is from <DateTime value={stale} />.
        </p>
      )}
      <div className="flex flex-wrap justify-center gap-2">
        {stale && (
          <Button variant="outline" size="sm" onClick={() => showUpToLastUpdate(stale)}>
            <History aria-hidden />
            Show the 7 days up to then
          </Button>
        )}
        {props.filtered && (
          <ClearFiltersButton place="empty" onClear={props.onClear} />
        )}
      </div>
    </div>
  )
}
