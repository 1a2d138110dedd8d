import type { ReactTable, RowData } from '@tanstack/react-table'
import type { DataTableFeatures } from './data-table-columns'

/** The TanStack table instance behind a DataTable, for its parts (header, chooser) to share. */
export type DataTableInstance<TData extends RowData> = ReactTable<DataTableFeatures, TData>
