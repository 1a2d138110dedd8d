import { ORG_PAGE_SIZES, type IdentityOrganization } from '@contract/identity-organizations'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import { dataTableColumnHelper } from '@/components/data-table/data-table-columns'
import { organizationListQueryOptions } from '../api/organization-queries'
import { organizationListRequest, type OrganizationsSearch } from '../organizations-search'

const column = dataTableColumnHelper<IdentityOrganization>()

const columns = (tenant: string) =>
  column.columns([
    column.accessor('name', {
      id: 'name',
      header: 'Name',
      enableSorting: true,
      enableHiding: false,
      meta: { label: 'Name', className: 'min-w-48', cellClassName: 'font-medium whitespace-normal break-words' },
      cell: (info) => (
        <Link to="/t/$tenant/identity/organizations/$orgId" params={{ tenant, orgId: info.row.original.id }} className="underline-offset-4 hover:underline">
          {info.getValue()}
        </Link>
      ),
    }),
    column.accessor('description', {
      header: 'Description',
      meta: { label: 'Description', className: 'min-w-64', cellClassName: 'whitespace-normal break-words text-muted-foreground' },
      cell: (info) => info.getValue() ?? '—',
    }),
  ])

export function OrganizationsTable(props: { tenant: string; search: OrganizationsSearch; onSearchChange: (change: Partial<OrganizationsSearch>) => void; toolbar: React.ReactNode }) {
  const { search } = props
  const list = useQuery({ ...organizationListQueryOptions(props.tenant, organizationListRequest(search)), placeholderData: keepPreviousData })
  return (
    <DataTable
      label="Organizations"
      columns={columns(props.tenant)}
      {...queryTableProps(list)}
      getRowId={(organization) => organization.id}
      state={{ page: search.page ?? 1, pageSize: search.pageSize ?? 25, sort: { id: 'name', desc: search.sort === '-name' }, hiddenColumns: [] }}
      onStateChange={(change) =>
        props.onSearchChange({
          ...(change.page !== undefined ? { page: change.page === 1 ? undefined : change.page } : {}),
          ...(change.pageSize !== undefined ? { pageSize: change.pageSize as OrganizationsSearch['pageSize'] } : {}),
          ...(change.sort !== undefined ? { sort: change.sort?.desc ? '-name' : undefined } : {}),
        })
      }
      pageSizes={ORG_PAGE_SIZES}
      toolbar={props.toolbar}
      empty={<p className="text-muted-foreground">{search.q ? 'No organization matches this search.' : 'This tenant has no organizations yet.'}</p>}
    />
  )
}
