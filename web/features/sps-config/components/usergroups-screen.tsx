import type { SpsUsergroup } from '@contract/sps-config'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Plus } from 'lucide-react'
import { useMemo, useState } from 'react'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { usergroupListQueryOptions } from '../api/sps-config-queries'
import { spsConfigListRequest, type SpsConfigSearch } from '../sps-config-search'
import { SpsConfigTable } from './sps-config-table'
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
      <SpsConfigTable
        label="SPS usergroups"
        list={list}
        columns={columns}
        getRowId={groupId}
        search={search}
        onSearchChange={onSearchChange}
        filter={{ placeholder: 'Filter by group or member', label: 'Filter usergroups by group or member name' }}
        empty={{ noMatch: 'No usergroup matches this filter.', nothing: 'SPS has no local usergroups.' }}
      />
      {creating && <UsergroupDialog tenantId={tenantId} group={null} onClose={() => setCreating(false)} />}
    </div>
  )
}
