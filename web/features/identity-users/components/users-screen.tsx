import { IDENTITY_USER_PAGE_SIZES, type IdentityUserSummary } from '@contract/identity-users'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Plus, Upload, X } from 'lucide-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { ClearFiltersButton } from '@/components/data-table/clear-filters-button'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { PageHeader } from '@/components/page-header'
import { Button } from '@/components/ui/button'
import { userListQueryOptions } from '../api/identity-user-queries'
import {
  hasUserFilters,
  USERS_FILTER_KEYS,
  usersFilters,
  usersListRequest,
  usersSearchForTable,
  usersTableState,
  type UsersSearch,
} from '../identity-users-search'
import type { UserPermissions } from '../user-permissions'
import { BULK_COPY, BulkUserActionDialog, type BulkUserAction } from './bulk-user-action-dialog'
import { CreateUserDialog } from './create-user-dialog'
import { ExportUsersButton } from './export-users-button'
import { userColumns } from './user-columns'
import { UserFilters } from './user-filters'

const userId = (user: IdentityUserSummary) => user.id
const NO_FILTERS = Object.fromEntries(USERS_FILTER_KEYS.map((key) => [key, undefined])) as Partial<UsersSearch>

export interface UsersScreenProps {
  tenant: string
  search: UsersSearch
  onSearchChange: (change: Partial<UsersSearch>, options?: { replace?: boolean }) => void
  permissions: UserPermissions
}

function bulkActionsFor(permissions: UserPermissions): BulkUserAction[] {
  return [
    ...(permissions.lock ? (['unlock', 'lock'] as const) : []),
    ...(permissions.write ? (['enable', 'disable'] as const) : []),
    ...(permissions.invite ? (['invite'] as const) : []),
    ...(permissions.delete ? (['delete'] as const) : []),
  ]
}

export function UsersScreen({ tenant, search, onSearchChange, permissions }: UsersScreenProps) {
  const list = useQuery({
    ...userListQueryOptions(tenant, usersListRequest(search)),
    placeholderData: keepPreviousData,
  })
  const columns = useMemo(() => userColumns(tenant, permissions), [tenant, permissions])
  const [selected, setSelected] = useState<ReadonlyMap<string, IdentityUserSummary>>(new Map())
  const [bulk, setBulk] = useState<BulkUserAction | null>(null)
  const [creating, setCreating] = useState(false)
  const bulkActions = bulkActionsFor(permissions)
  const filtered = hasUserFilters(search)
  const clearFilters = () => onSearchChange({ ...NO_FILTERS, page: undefined })
  const rows = list.data?.items
  // The header paints first; the filters and the table (selects, menus, rows) render right after
  // in a transition, in short tasks, instead of in the one long task that shows the screen.
  const showBody = useDeferredValue(true, false)

  // The selection keeps each selected user's row, so it survives paging and refetches.
  const selectedIds = useMemo(() => new Set(selected.keys()), [selected])
  const onSelectionChange = (ids: Set<string>) => {
    const next = new Map<string, IdentityUserSummary>()
    for (const id of ids) {
      const user = selected.get(id) ?? rows?.find((row) => row.id === id)
      if (user) next.set(id, user)
    }
    setSelected(next)
  }

  return (
    <div className="flex flex-col lg:h-[calc(100dvh-6.5rem)] lg:min-h-[40rem]">
      <PageHeader
        area="Identity"
        title="Users"
        description="The tenant's directory: find a user, see why they cannot sign in, and act on it."
        actions={
          <>
            {permissions.exportCsv && <ExportUsersButton tenant={tenant} filters={usersFilters(search)} />}
            {permissions.write && (
              <Button variant="outline" asChild>
                <Link to="/t/$tenant/identity/imports" params={{ tenant }}>
                  <Upload aria-hidden />
                  Import users
                </Link>
              </Button>
            )}
            {permissions.write && (
              <Button onClick={() => setCreating(true)}>
                <Plus aria-hidden />
                New user
              </Button>
            )}
          </>
        }
      />
      {showBody ? (
        <>
          <UserFilters search={search} onChange={(change) => onSearchChange({ ...change, page: undefined }, { replace: true })} />
          <DataTable
            label="Users"
            className="lg:flex-1"
            scrollAreaClassName="lg:max-h-none"
            columns={columns}
            {...queryTableProps(list)}
            getRowId={userId}
            state={usersTableState(search)}
            onStateChange={(change) => onSearchChange(usersSearchForTable(change))}
            pageSizes={IDENTITY_USER_PAGE_SIZES}
            selection={
              bulkActions.length > 0
                ? {
                    selected: selectedIds,
                    onChange: onSelectionChange,
                    rowLabel: (user) => `Select ${user.username}`,
                  }
                : undefined
            }
            toolbar={
              <>
                {selected.size > 0 && (
                  <div role="group" aria-label="Bulk actions" className="bg-muted/60 flex flex-wrap items-center gap-2 rounded-md border px-2 py-1">
                    <span className="px-1 text-sm font-medium tabular-nums">{selected.size} selected</span>
                    {bulkActions.map((action) => (
                      <Button key={action} size="sm" variant={action === 'delete' ? 'destructive' : 'outline'} onClick={() => setBulk(action)}>
                        {action === 'invite' ? 'Invite' : BULK_COPY[action].verb}
                      </Button>
                    ))}
                    <Button size="sm" variant="ghost" onClick={() => setSelected(new Map())}>
                      <X aria-hidden />
                      Clear selection
                    </Button>
                  </div>
                )}
                {filtered && <ClearFiltersButton place="toolbar" onClear={clearFilters} />}
              </>
            }
            empty={
              filtered ? (
                <div className="flex flex-col items-center gap-3">
                  <p className="text-muted-foreground">No user matches these filters.</p>
                  <ClearFiltersButton place="empty" onClear={clearFilters} />
                </div>
              ) : (
                <p className="text-muted-foreground">The directory has no users.</p>
              )
            }
          />
        </>
      ) : (
        // Holds the place of the filters and the table, so nothing moves when they arrive.
        <div className="lg:flex-1" aria-busy="true" />
      )}
      {bulk && (
        <BulkUserActionDialog
          tenant={tenant}
          action={bulk}
          users={[...selected.values()]}
          onClose={() => setBulk(null)}
          // Users whose change failed stay selected, to retry or look at.
          onFinished={(failed) => setSelected(new Map([...selected].filter(([id]) => failed.includes(id))))}
        />
      )}
      {creating && <CreateUserDialog tenant={tenant} onClose={() => setCreating(false)} />}
    </div>
  )
}
