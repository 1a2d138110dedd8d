import { SWS_USER_PAGE_SIZES, type SwsUserSummary } from '@contract/sws-users'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { FilterX, Search } from 'lucide-react'
import { useId, useMemo } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { Label } from '@/components/ui/label'
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
  const searchId = useId()
  const clear = () => onSearchChange({ q: undefined, page: undefined })

  return (
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[36rem]">
      <PageHeader
        area="Secure Web Sessions"
        title="Users"
        description="People enrolled in Secure Web Sessions. Deactivating or deleting here changes the SWS tenant only, never the CyberArk Identity account."
      />
      <section aria-label="Filters" className="bg-card mb-4 rounded-lg border p-3 sm:p-4">
        <div className="flex max-w-xl flex-col gap-1.5">
          <Label htmlFor={searchId} className="text-muted-foreground text-xs font-medium">
            Name or login
          </Label>
          <div className="relative">
            <Search className="text-muted-foreground pointer-events-none absolute top-1/2 left-2.5 size-4 -translate-y-1/2" aria-hidden />
            <DebouncedFilterInput
              id={searchId}
              type="search"
              className="pl-8"
              placeholder="e.g. ali* or *@example.com"
              autoComplete="off"
              value={search.q}
              onCommit={(q) => onSearchChange({ q, page: undefined }, { replace: true })}
            />
          </div>
          <p className="text-muted-foreground text-xs">
            <kbd>*</kbd> matches any run of characters, <kbd>?</kbd> one character.
          </p>
        </div>
      </section>
      <DataTable
        label="SWS users"
        className="lg:flex-1"
        scrollAreaClassName="lg:max-h-none"
        columns={columns}
        rows={list.data?.items}
        total={list.data?.total}
        getRowId={userId}
        state={swsUsersTableState(search)}
        onStateChange={(change) => onSearchChange(swsUsersSearchForTable(change))}
        pageSizes={SWS_USER_PAGE_SIZES}
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
              <p className="text-muted-foreground">No SWS user matches “{search.q}”.</p>
              <Button variant="outline" size="sm" onClick={clear}>
                Clear search
              </Button>
            </div>
          ) : (
            <p className="text-muted-foreground">This SWS tenant has no users.</p>
          )
        }
      />
    </div>
  )
}
