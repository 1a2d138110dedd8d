import { SPS_AUDITED_PAGE_SIZES, SPS_SEARCH_RESULT_LIMIT, type SpsAuditedSessionSummary } from '@contract/sps-audited-sessions'
import { TIME_WINDOW_LABELS } from '@contract/time-window'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Info } from 'lucide-react'
import { useMemo } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { ClearFiltersButton } from '@/components/data-table/clear-filters-button'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { DateTime } from '@/components/date-time'
import { spsAuditedSessionListQueryOptions } from '../api/sps-audited-session-queries'
import {
  hasNarrowingFilters,
  NO_NARROWING_FILTERS,
  spsAuditedFilters,
  spsAuditedListRequest,
  spsAuditedRangeProblem,
  spsAuditedSearchForTable,
  spsAuditedTableState,
  type SpsAuditedSessionsSearch,
} from '../sps-audited-sessions-search'
import { auditedSessionColumns } from './audited-session-columns'
import { AuditedSessionFilters } from './audited-session-filters'
import { ExportAuditedSessionsButton } from './export-audited-sessions-button'

const sessionId = (session: SpsAuditedSessionSummary) => session.id

export interface AuditedSessionsScreenProps {
  tenant: string
  search: SpsAuditedSessionsSearch
  onSearchChange: (change: Partial<SpsAuditedSessionsSearch>, options?: { replace?: boolean }) => void
  canExport: boolean
}

/** SPS audited sessions: a server-side search with every filter in the URL, and a CSV export. */
export function AuditedSessionsScreen({ tenant, search, onSearchChange, canExport }: AuditedSessionsScreenProps) {
  const rangeProblem = spsAuditedRangeProblem(search)
  const list = useQuery({ ...spsAuditedSessionListQueryOptions(tenant, spsAuditedListRequest(search)), placeholderData: keepPreviousData, enabled: !rangeProblem })
  const columns = useMemo(() => auditedSessionColumns(tenant), [tenant])
  const narrowed = hasNarrowingFilters(search)
  const clearFilters = () => onSearchChange({ ...NO_NARROWING_FILTERS, page: undefined })
  const window = list.data?.window
  const beyondReach = (list.data?.total ?? 0) > SPS_SEARCH_RESULT_LIMIT

  return (
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[40rem]">
      <PageHeader
        area="Safeguard SPS"
        title="Audited sessions"
        description="SSH, RDP and other sessions SPS recorded: who connected from where to which server, and SPS's verdict. Open one for its channels, events, content search and audit trail."
        actions={canExport && <ExportAuditedSessionsButton tenant={tenant} query={{ ...spsAuditedFilters(search), ...(search.sort ? { sort: search.sort } : {}) }} disabled={!!rangeProblem} />}
      />
      <AuditedSessionFilters search={search} onChange={(change) => onSearchChange({ ...change, page: undefined }, { replace: true })} />
      {beyondReach && (
        <Alert variant="info" className="mb-3">
          <Info aria-hidden />
          <AlertDescription>
            {list.data?.total.toLocaleString()} sessions match; SPS pages through the first {SPS_SEARCH_RESULT_LIMIT.toLocaleString()} only (the export too). Narrow the
            filters or the time window to reach the rest.
          </AlertDescription>
        </Alert>
      )}
      <DataTable
        label="Audited sessions"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={columns}
        {...queryTableProps(list, { problem: rangeProblem })}
        getRowId={sessionId}
        state={spsAuditedTableState(search)}
        onStateChange={(change) => onSearchChange(spsAuditedSearchForTable(change))}
        pageSizes={SPS_AUDITED_PAGE_SIZES}
        toolbar={
          <>
            {window && (
              <p className="text-muted-foreground text-sm">
                {search.range && search.range !== 'custom' ? `${TIME_WINDOW_LABELS[search.range]}: ` : ''}
                <DateTime value={window.from} /> – <DateTime value={window.to} />
              </p>
            )}
            {narrowed && (
              <ClearFiltersButton place="toolbar" onClear={clearFilters} />
            )}
          </>
        }
        empty={
          <div className="flex flex-col items-center gap-3">
            <p className="text-muted-foreground">
              {narrowed ? 'No audited session in this time window matches these filters.' : 'SPS recorded no session in this time window.'}
            </p>
            {narrowed ? (
              <ClearFiltersButton place="empty" onClear={clearFilters} />
            ) : (
              search.range !== '30d' && (
                <Button variant="outline" size="sm" onClick={() => onSearchChange({ range: '30d', from: undefined, to: undefined, page: undefined })}>
                  Show the last 30 days
                </Button>
              )
            )}
          </div>
        }
      />
    </div>
  )
}
