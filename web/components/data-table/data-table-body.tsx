import type { RowData } from '@tanstack/react-table'
import type { ReactNode } from 'react'
import { TableBody, TableCell, TableRow } from '@/components/ui/table'
import { cn } from '@/lib/utils'
import type { DataTableInstance } from './data-table-instance'
import { SelectRowCell, type DataTableSelection } from './data-table-selection'
import { DataTableSkeletonRows } from './data-table-skeleton-rows'

/** The rows of the current page, skeleton rows while it first loads, or the empty state. */
export function DataTableBody<TData extends RowData>(props: {
  table: DataTableInstance<TData>
  loading: boolean
  skeletonRows: number
  empty: ReactNode
  selection?: DataTableSelection<TData>
}) {
  const { table, selection } = props
  const columnCount = table.getVisibleLeafColumns().length + (selection ? 1 : 0)
  if (props.loading) {
    return (
      <TableBody>
        <DataTableSkeletonRows rows={props.skeletonRows} columns={columnCount} />
      </TableBody>
    )
  }
  const rows = table.getRowModel().rows
  if (rows.length === 0) {
    return (
      <TableBody>
        <TableRow className="hover:bg-transparent">
          <TableCell colSpan={columnCount} className="h-48 text-center whitespace-normal">
            {props.empty}
          </TableCell>
        </TableRow>
      </TableBody>
    )
  }
  return (
    <TableBody>
      {rows.map((row) => (
        <TableRow key={row.id} data-row-id={row.id} data-state={selection?.selected.has(row.id) ? 'selected' : undefined}>
          {selection && <SelectRowCell id={row.id} label={selection.rowLabel(row.original)} selected={selection.selected} onChange={selection.onChange} />}
          {row.getVisibleCells().map((cell) => (
            <TableCell key={cell.id} className={cn('px-3 py-2.5 align-top', cell.column.columnDef.meta?.className, cell.column.columnDef.meta?.cellClassName)}>
              <table.FlexRender cell={cell} />
            </TableCell>
          ))}
        </TableRow>
      ))}
    </TableBody>
  )
}
