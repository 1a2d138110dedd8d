import { ORG_PAGE_SIZES, type IdentityScimGroup } from '@contract/identity-organizations'
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { Button } from '@/components/ui/button'
import { deleteScimGroup, scimGroupListQueryOptions, scimGroupsKey } from '../api/organization-queries'
import { scimGroupListRequest, type OrganizationsSearch } from '../organizations-search'

const column = dataTableColumnHelper<IdentityScimGroup>()

/** SCIM groups (Identity's roles as its SCIM server lists them): search, and delete for admins. */
export function ScimGroupsTable(props: {
  tenant: string
  canDelete: boolean
  search: OrganizationsSearch
  onSearchChange: (change: Partial<OrganizationsSearch>) => void
  toolbar: React.ReactNode
}) {
  const { search, tenant } = props
  const list = useQuery({ ...scimGroupListQueryOptions(tenant, scimGroupListRequest(search)), placeholderData: keepPreviousData })
  const queryClient = useQueryClient()
  const [deleting, setDeleting] = useState<IdentityScimGroup | null>(null)
  const columns = column.columns([
    column.accessor('displayName', { header: 'Display name', enableHiding: false, meta: { label: 'Display name', className: 'min-w-48', cellClassName: 'font-medium whitespace-normal break-words' } }),
    column.accessor('memberCount', { header: 'Members', meta: { label: 'Members', className: 'w-0 text-right', cellClassName: 'tabular-nums' } }),
    column.accessor('id', { header: 'Group id', meta: { label: 'Group id', className: 'w-0', cellClassName: 'font-mono text-xs' } }),
    ...(props.canDelete
      ? [
          column.display({
            id: 'actions',
            header: () => <span className="sr-only">Actions</span>,
            enableHiding: false,
            meta: { label: 'Actions', className: 'w-0' },
            cell: (info) => (
              <Button variant="ghost" size="icon-sm" aria-label={`Delete ${info.row.original.displayName}`} onClick={() => setDeleting(info.row.original)}>
                <Trash2 aria-hidden />
              </Button>
            ),
          }),
        ]
      : []),
  ])
  return (
    <>
      <DataTable
        label="SCIM groups"
        columns={columns}
        {...queryTableProps(list)}
        getRowId={(group) => group.id}
        state={{ page: search.page ?? 1, pageSize: search.pageSize ?? 25, sort: null, hiddenColumns: [] }}
        onStateChange={(change) =>
          props.onSearchChange({
            ...(change.page !== undefined ? { page: change.page === 1 ? undefined : change.page } : {}),
            ...(change.pageSize !== undefined ? { pageSize: change.pageSize as OrganizationsSearch['pageSize'] } : {}),
          })
        }
        pageSizes={ORG_PAGE_SIZES}
        toolbar={props.toolbar}
        empty={<p className="text-muted-foreground">{search.q ? 'No group matches this search.' : 'No SCIM groups.'}</p>}
      />
      {deleting && (
        <ConfirmWithReasonDialog
          title={`Delete the group ${deleting.displayName}?`}
          description={`Its ${deleting.memberCount} members lose the role it grants. This cannot be undone.`}
          confirmLabel="Delete group"
          onConfirm={async (reason) => {
            await deleteScimGroup(tenant, deleting.id, reason)
            await queryClient.invalidateQueries({ queryKey: scimGroupsKey(tenant) })
            toast.success(`Group ${deleting.displayName} deleted.`)
          }}
          onClose={() => setDeleting(null)}
        />
      )}
    </>
  )
}
