import { SWS_USER_PAGE_SIZES, type SwsUserSummary } from '@contract/sws-users'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { PageHeader } from '@/components/page-header'
import { ClearSearchButton, SearchEmptyState, WildcardSearchFilter } from '@/components/wildcard-search-filter'
import { swsUserListQueryOptions } from '../api/sws-user-queries'
import { swsUserListRequest, swsUsersSearchForTable, swsUsersTableState, type SwsUsersSearch } from '../sws-users-search'
import type { SwsUserPermissions } from './sws-user-actions-menu'
import { swsUserColumns } from './sws-user-columns'

const userId = (user: SwsUserSummary) => user.id

export interface SwsUsersScreenProps {
  tenant: string
  search: SwsUsersSearch
  permissions: SwsUserPermissions
  onSearchChange: (change: Partial<SwsUsersSearch>, options?: { replace?: boolean }) => void
}

export function SwsUsersScreen({ tenant, search, permissions, onSearchChange }: SwsUsersScreenProps) {
  const list = useQuery({ ...swsUserListQueryOptions(tenant, swsUserListRequest(search)), placeholderData: keepPreviousData })
  const columns = useMemo(() => swsUserColumns(tenant, permissions), [tenant, permissions])
  const clear = () => onSearchChange({ q: undefined, page: undefined })

  return (
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[36rem]">
      <PageHeader
        area="Secure Web Sessions"
        title="Users"
        description="People enrolled in Secure Web Sessions. Deactivating or deleting here changes the SWS tenant only, never the CyberArk Identity account."
      />
      <WildcardSearchFilter label="Name or login" placeholder="e.g. ali* or *@example.com" value={search.q} onCommit={(q) => onSearchChange({ q, page: undefined }, { replace: true })} />
      <DataTable
        label="SWS users"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={columns}
        {...queryTableProps(list)}
        getRowId={userId}
        state={swsUsersTableState(search)}
        onStateChange={(change) => onSearchChange(swsUsersSearchForTable(change))}
        pageSizes={SWS_USER_PAGE_SIZES}
        toolbar={search.q && <ClearSearchButton onClear={clear} />}
        empty={<SearchEmptyState q={search.q} noMatch="No SWS user matches" nothing="This SWS tenant has no users." onClear={clear} />}
      />
    </div>
  )
}
