import { SWS_ACTIVITY_PAGE_SIZES, type SwsActivitySummary } from '@contract/sws-activities'
import { resolveTimeWindow } from '@contract/time-window'
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query'
import { Download } from 'lucide-react'
import { toast } from 'sonner'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { PageHeader } from '@/components/page-header'
import { TimeWindowFilter } from '@/components/time-window/time-window-filter'
import { Button } from '@/components/ui/button'
import { Spinner } from '@/components/ui/spinner'
import { DateTime } from '@/components/date-time'
import { downloadSwsActivitiesCsv, swsActivityListQueryOptions } from '../api/sws-activity-queries'
import {
  activityTypesParam,
  selectedActivityTypes,
  SWS_ACTIVITIES_DEFAULT_RANGE,
  swsActivitiesProblem,
  swsActivitiesSearchForTable,
  swsActivitiesTableState,
  swsActivityFilters,
  swsActivityListRequest,
  swsActivityTimeWindow,
  type SwsActivitiesSearch,
} from '../sws-activities-search'
import { ActivityTypePicker } from './activity-type-picker'
import { SWS_ACTIVITY_COLUMNS } from './sws-activity-columns'

const activityId = (activity: SwsActivitySummary) => activity.id

export interface SwsActivitiesScreenProps {
  tenant: string
  search: SwsActivitiesSearch
  canExport: boolean
  onSearchChange: (change: Partial<SwsActivitiesSearch>, options?: { replace?: boolean }) => void
}

/** What happened in Secure Web Sessions: policy, tenant and user activities by type and time. */
export function SwsActivitiesScreen({ tenant, search, canExport, onSearchChange }: SwsActivitiesScreenProps) {
  const problem = swsActivitiesProblem(search)
  const list = useQuery({ ...swsActivityListQueryOptions(tenant, swsActivityListRequest(search)), placeholderData: keepPreviousData, enabled: !problem })
  const exportCsv = useMutation({
    mutationFn: () => downloadSwsActivitiesCsv(tenant, swsActivityFilters(search)),
    onSuccess: (filename) => toast.success(`Exported ${filename}`),
    onError: (error) => toast.error('The export failed', { description: error.message }),
  })
  const window =
    list.data?.window ??
    (() => {
      const resolved = resolveTimeWindow(swsActivityTimeWindow(search), new Date(), SWS_ACTIVITIES_DEFAULT_RANGE)
      return { from: resolved.from.toISOString(), to: resolved.to.toISOString() }
    })()

  return (
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[36rem]">
      <PageHeader
        area="Secure Web Sessions"
        title="Activities"
        description="Changes to policies, the tenant and its users, as Secure Web Sessions records them."
        actions={
          canExport && (
            <Button variant="outline" disabled={!!problem || exportCsv.isPending} onClick={() => exportCsv.mutate()} title="All matching activities, oldest first, as CSV">
              {exportCsv.isPending ? <Spinner aria-label="Exporting" /> : <Download aria-hidden />}
              Export CSV
            </Button>
          )
        }
      />
      <section aria-label="Filters" className="bg-card mb-4 rounded-lg border p-3 sm:p-4">
        <div className="grid grid-cols-2 gap-x-3 gap-y-3 sm:gap-x-4 lg:grid-cols-4">
          <ActivityTypePicker
            value={selectedActivityTypes(search)}
            onChange={(types) => onSearchChange({ types: activityTypesParam(types), page: undefined }, { replace: true })}
          />
          <TimeWindowFilter
            value={swsActivityTimeWindow(search)}
            defaultRange={SWS_ACTIVITIES_DEFAULT_RANGE}
            onChange={(next) => onSearchChange({ ...next, page: undefined }, { replace: true })}
          />
        </div>
      </section>
      <p className="text-muted-foreground mb-3 text-sm" aria-live="polite">
        Activities from <DateTime value={window.from} /> to <DateTime value={window.to} />
      </p>
      <DataTable
        label="SWS activities"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={SWS_ACTIVITY_COLUMNS}
        {...queryTableProps(list, { problem })}
        getRowId={activityId}
        state={swsActivitiesTableState(search)}
        onStateChange={(change) => onSearchChange(swsActivitiesSearchForTable(change))}
        pageSizes={SWS_ACTIVITY_PAGE_SIZES}
        empty={<p className="text-muted-foreground">No activity of these types in this time window.</p>}
      />
    </div>
  )
}
