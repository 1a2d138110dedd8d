import { SWS_POLICY_PAGE_SIZES, type SwsPolicySummary } from '@contract/sws-policies'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { FilterX, Search } from 'lucide-react'
import { useId, useMemo, useState } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
import { swsPolicyListQueryOptions } from '../api/sws-policy-queries'
import { swsPolicyListRequest, swsPolicySearchForTable, swsPolicyTableState, type SwsPolicyListSearch } from '../sws-policies-search'
import { PolicyStatusDialog } from './policy-status-dialog'
import { swsPolicyColumns } from './sws-policy-columns'

const policyId = (policy: SwsPolicySummary) => policy.id

export interface SwsPoliciesScreenProps {
  tenant: string
  canWrite: boolean
  search: SwsPolicyListSearch
  onSearchChange: (change: Partial<SwsPolicyListSearch>, options?: { replace?: boolean }) => void
}

/** The tenant's SWS application policies, searched and paged by SWS. */
export function SwsPoliciesScreen({ tenant, canWrite, search, onSearchChange }: SwsPoliciesScreenProps) {
  const searchId = useId()
  const list = useQuery({ ...swsPolicyListQueryOptions(tenant, swsPolicyListRequest(search)), placeholderData: keepPreviousData })
  const [toggling, setToggling] = useState<SwsPolicySummary | null>(null)
  const columns = useMemo(() => swsPolicyColumns(tenant, canWrite ? setToggling : undefined), [tenant, canWrite])
  const clear = () => onSearchChange({ q: undefined, page: undefined })

  return (
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[32rem]">
      <PageHeader
        area="Secure Web Sessions"
        title="Policies"
        description="Web application policies: open one for its configuration, security layers, members and session-control rules."
      />
      <section aria-label="Filters" className="bg-card mb-4 rounded-lg border p-3 sm:p-4">
        <div className="grid max-w-xl gap-1.5">
          <Label htmlFor={searchId}>Name or description</Label>
          <div className="relative">
            <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
            <DebouncedFilterInput
              id={searchId}
              type="search"
              placeholder="Search policies (* and ? wildcards)"
              className="pl-8"
              value={search.q}
              onCommit={(q) => onSearchChange({ q, page: undefined }, { replace: true })}
            />
          </div>
        </div>
      </section>
      <DataTable
        label="SWS policies"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={columns}
        rows={list.data?.items}
        total={list.data?.total}
        getRowId={policyId}
        state={swsPolicyTableState(search)}
        onStateChange={(change) => onSearchChange(swsPolicySearchForTable(change))}
        pageSizes={SWS_POLICY_PAGE_SIZES}
        isFetching={list.isPlaceholderData}
        error={list.error}
        onRetry={() => void list.refetch()}
        toolbar={
          search.q && (
            <Button variant="ghost" size="sm" onClick={clear}>
              <FilterX aria-hidden />
              Clear search
            </Button>
          )
        }
        empty={
          search.q ? (
            <div className="flex flex-col items-center gap-3">
              <p className="text-muted-foreground">No policy matches “{search.q}”.</p>
              <Button variant="outline" size="sm" onClick={clear}>
                Clear search
              </Button>
            </div>
          ) : (
            <p className="text-muted-foreground">This tenant has no SWS policies.</p>
          )
        }
      />
      {toggling && <PolicyStatusDialog tenant={tenant} policy={toggling} onClose={() => setToggling(null)} />}
    </div>
  )
}
