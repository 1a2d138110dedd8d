import { SPS_CONFIG_PAGE_SIZES, type SpsUsergroup } from '@contract/sps-config'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { useMemo, useState } from 'react'
import { DataTable } from '@/components/data-table/data-table'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { usergroupListQueryOptions } from '../api/sps-config-queries'
import { spsConfigListRequest, spsConfigSearchForTable, spsConfigTableState, type SpsConfigSearch } from '../sps-config-search'
import { ConfigViewNote } from './config-view-note'
import { usergroupColumns } from './usergroup-columns'
import { UsergroupDialog } from './usergroup-dialog'
import { UsergroupRowActions } from './usergroup-row-actions'

const groupId = (group: SpsUsergroup) => group.key

export function UsergroupsScreen(props: { tenantId: string; search: SpsConfigSearch; canWrite: boolean; onSearchChange: (change: Partial<SpsConfigSearch>, options?: { replace?: boolean }) => void }) {
  const { tenantId, search, canWrite, onSearchChange } = props
  const list = useQuery({ ...usergroupListQueryOptions(tenantId, spsConfigListRequest(search)), placeholderData: keepPreviousData })
  const [creating, setCreating] = useState(false)
  const columns = useMemo(() => usergroupColumns(canWrite ? (group) => <UsergroupRowActions tenantId={tenantId} group={group} /> : null), [canWrite, tenantId])

  return (
    <div className="flex flex-col">
      <PageHeader
        area="Safeguard SPS"
        title="Usergroups"
        description="SPS's local usergroups and their members. Their privileges come from the ACLs; changes are made in your own SPS transaction and go live when you commit."
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)}>
              <Plus aria-hidden />
              New usergroup
            </Button>
          )
        }
      />
      <ConfigViewNote view={list.data?.view} />
      <DataTable
        label="SPS usergroups"
        columns={columns}
        rows={list.data?.items}
        total={list.data?.total}
        getRowId={groupId}
        state={spsConfigTableState(search)}
        onStateChange={(change) => onSearchChange(spsConfigSearchForTable(change))}
        pageSizes={SPS_CONFIG_PAGE_SIZES}
        isFetching={list.isPlaceholderData}
        error={list.error}
        onRetry={() => void list.refetch()}
        toolbar={
          <DebouncedFilterInput
            value={search.q}
            onCommit={(q) => onSearchChange({ q, page: undefined }, { replace: true })}
            placeholder="Filter by group or member"
            aria-label="Filter usergroups by group or member name"
            className="w-72"
          />
        }
        empty={<p className="text-muted-foreground">{search.q ? 'No usergroup matches this filter.' : 'SPS has no local usergroups.'}</p>}
      />
      {creating && <UsergroupDialog tenantId={tenantId} group={null} onClose={() => setCreating(false)} />}
    </div>
  )
}
