import { SPS_CONFIG_PAGE_SIZES, type SpsConfigView } from '@contract/sps-config'
import type { UseQueryResult } from '@tanstack/react-query'
import type { RowData } from '@tanstack/react-table'
import { DataTable } from '@/components/data-table/data-table'
import { queryTableProps } from '@/components/data-table/query-table-props'
import type { DataTableColumn } from '@/components/data-table/data-table-columns'
import { DebouncedFilterInput } from '@/components/data-table/debounced-filter-input'
import { spsConfigSearchForTable, spsConfigTableState, type SpsConfigSearch } from '../sps-config-search'
import { ConfigViewNote } from './config-view-note'

interface SpsConfigList<Row> {
  items: Row[]
  total: number
  view: SpsConfigView
}

/** A page of SPS configuration objects (usergroups, local users): name filter, paging and sort in the URL. */
export function SpsConfigTable<Row extends RowData>(props: {
  label: string
  list: UseQueryResult<SpsConfigList<Row>>
  columns: DataTableColumn<Row>[]
  getRowId: (row: Row) => string
  search: SpsConfigSearch
  onSearchChange: (change: Partial<SpsConfigSearch>, options?: { replace?: boolean }) => void
  filter: { placeholder: string; label: string }
  empty: { noMatch: string; nothing: string }
}) {
  const { list, search, onSearchChange } = props
  return (
    <>
      <ConfigViewNote view={list.data?.view} />
      <DataTable
        label={props.label}
        columns={props.columns}
        {...queryTableProps(list)}
        getRowId={props.getRowId}
        state={spsConfigTableState(search)}
        onStateChange={(change) => onSearchChange(spsConfigSearchForTable(change))}
        pageSizes={SPS_CONFIG_PAGE_SIZES}
        toolbar={
          <DebouncedFilterInput
            value={search.q}
            onCommit={(q) => onSearchChange({ q, page: undefined }, { replace: true })}
            placeholder={props.filter.placeholder}
            aria-label={props.filter.label}
            className="w-72"
          />
        }
        empty={<p className="text-muted-foreground">{search.q ? props.empty.noMatch : props.empty.nothing}</p>}
      />
    </>
  )
}
