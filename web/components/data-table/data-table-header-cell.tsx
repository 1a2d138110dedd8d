import type { Header, RowData } from '@tanstack/react-table'
import { ArrowDown, ArrowUp, ArrowUpDown } from 'lucide-react'
import { TableHead } from '@/components/ui/table'
import { cn } from '@/lib/utils'
import type { DataTableFeatures } from './data-table-columns'
import type { DataTableInstance } from './data-table-instance'

const SORT_NAMES = { asc: 'ascending', desc: 'descending' } as const

/** A header cell; a sortable column's header is a button that says which way it sorts now. */
export function DataTableHeaderCell<TData extends RowData>(props: {
  table: DataTableInstance<TData>
  header: Header<DataTableFeatures, TData, unknown>
}) {
  const { table, header } = props
  const { column } = header
  const sorted = column.getIsSorted()
  const content = header.isPlaceholder ? null : <table.FlexRender header={header} />
  return (
    <TableHead
      scope="col"
      aria-sort={sorted ? SORT_NAMES[sorted] : undefined}
      className={cn('bg-muted text-muted-foreground h-10 px-3 text-xs font-semibold tracking-wide uppercase', column.columnDef.meta?.className)}
    >
      {column.getCanSort() ? (
        <button
          type="button"
          onClick={column.getToggleSortingHandler()}
          className="hover:text-foreground focus-visible:ring-ring -mx-1.5 inline-flex items-center gap-1.5 rounded-sm px-1.5 py-1 uppercase outline-none focus-visible:ring-2"
        >
          {content}
          {sorted === 'asc' && <ArrowUp className="size-3.5" aria-hidden />}
          {sorted === 'desc' && <ArrowDown className="size-3.5" aria-hidden />}
          {!sorted && <ArrowUpDown className="size-3.5 opacity-60" aria-hidden />}
        </button>
      ) : (
        content
      )}
    </TableHead>
  )
}
