import type { Column, RowData } from '@tanstack/react-table'
import type { DataTableFeatures } from './data-table-columns'

/** A column's human name: its meta label, else its id. */
export function columnLabel<TData extends RowData>(column: Column<DataTableFeatures, TData, unknown>): string {
  return column.columnDef.meta?.label ?? column.id
}
