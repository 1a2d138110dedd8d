import { SWS_POLICY_PAGE_SIZES, type SwsPolicySummary } from '@contract/sws-policies'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { PageHeader } from '@/components/page-header'
import { ClearSearchButton, SearchEmptyState, WildcardSearchFilter } from '@/components/wildcard-search-filter'
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
      <WildcardSearchFilter label="Name or description" placeholder="Search policies" value={search.q} onCommit={(q) => onSearchChange({ q, page: undefined }, { replace: true })} />
      <DataTable
        label="SWS policies"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={columns}
        {...queryTableProps(list)}
        getRowId={policyId}
        state={swsPolicyTableState(search)}
        onStateChange={(change) => onSearchChange(swsPolicySearchForTable(change))}
        pageSizes={SWS_POLICY_PAGE_SIZES}
        toolbar={search.q && <ClearSearchButton onClear={clear} />}
        empty={<SearchEmptyState q={search.q} noMatch="No policy matches" nothing="This tenant has no SWS policies." onClear={clear} />}
      />
      {toggling && <PolicyStatusDialog tenant={tenant} policy={toggling} onClose={() => setToggling(null)} />}
    </div>
  )
}
