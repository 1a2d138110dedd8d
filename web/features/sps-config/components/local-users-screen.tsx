import type { SpsLocalUser } from '@contract/sps-config'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Info, Plus } from 'lucide-react'
import { useMemo, useState } from 'react'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { localUserListQueryOptions } from '../api/sps-config-queries'
import { spsConfigListRequest, type SpsConfigSearch } from '../sps-config-search'
import { SpsConfigTable } from './sps-config-table'
import { CreateLocalUserDialog } from './create-local-user-dialog'
import { localUserColumns } from './local-user-columns'
import { LocalUserRowActions } from './local-user-row-actions'

const userId = (user: SpsLocalUser) => user.key

export function LocalUsersScreen(props: { tenantId: string; search: SpsConfigSearch; canWrite: boolean; onSearchChange: (change: Partial<SpsConfigSearch>, options?: { replace?: boolean }) => void }) {
  const { tenantId, search, canWrite, onSearchChange } = props
  const list = useQuery({ ...localUserListQueryOptions(tenantId, spsConfigListRequest(search)), placeholderData: keepPreviousData })
  const [creating, setCreating] = useState(false)
  const ldap = list.data?.ldap === true
  const columns = useMemo(
    () => localUserColumns(canWrite ? (user) => <LocalUserRowActions tenantId={tenantId} user={user} disabled={ldap} /> : null),
    [canWrite, tenantId, ldap],
  )

  return (
    <div className="flex flex-col">
      <PageHeader
        area="Safeguard SPS"
        title="Local users"
        description="SPS's own accounts. Passwords are write-only: set them here, SPS keeps them."
        actions={
          canWrite && (
            <Button onClick={() => setCreating(true)} disabled={ldap}>
              <Plus aria-hidden />
              New local user
            </Button>
          )
        }
      />
      {ldap && (
        <Alert className="mb-4">
          <Info aria-hidden />
          <AlertTitle>SPS uses LDAP authentication: local users are disabled</AlertTitle>
          <AlertDescription>
            While LDAP is on, SPS keeps these accounts but nobody can sign in with them, and they cannot be created, changed or deleted. Manage people in the directory; only usergroup memberships stay local.
          </AlertDescription>
        </Alert>
      )}
      {!ldap && list.data?.radius && (
        <Alert className="mb-4">
          <Info aria-hidden />
          <AlertTitle>SPS checks passwords with RADIUS</AlertTitle>
          <AlertDescription>Local users sign in with their RADIUS password; only their usergroup memberships are managed here.</AlertDescription>
        </Alert>
      )}
      <SpsConfigTable
        label="SPS local users"
        list={list}
        columns={columns}
        getRowId={userId}
        search={search}
        onSearchChange={onSearchChange}
        filter={{ placeholder: 'Filter by user or usergroup', label: 'Filter local users by user or usergroup name' }}
        empty={{ noMatch: 'No local user matches this filter.', nothing: 'SPS has no local users.' }}
      />
      {creating && <CreateLocalUserDialog tenantId={tenantId} onClose={() => setCreating(false)} />}
    </div>
  )
}
