import {
  columnVisibilityFeature,
  createColumnHelper,
  metaHelper,
  rowPaginationFeature,
  rowSortingFeature,
  tableFeatures,
  type ColumnDef,
  type RowData,
} from '@tanstack/react-table'

/** What every data table column may say about itself beyond TanStack's own column options. */
export interface DataTableColumnMeta {
  /** The column's name in the column chooser (and its header when `header` is not given). */
  label: string
  /** Classes for the column's header and body cells alike: width, alignment. */
  className?: string
  /** Classes for the body cells only: font, colour, wrapping. */
  cellClassName?: string
}

/**
 * The features every server-side list uses: paging and sorting are done by the server (manual
 * mode); visibility drives the column chooser. No client row models are registered.
 */
export const dataTableFeatures = tableFeatures({
  rowPaginationFeature,
  rowSortingFeature,
  columnVisibilityFeature,
  columnMeta: metaHelper<DataTableColumnMeta>(),
})
export type DataTableFeatures = typeof dataTableFeatures

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a list of columns mixes value types, as TanStack's own helpers do
export type DataTableColumn<TData extends RowData> = ColumnDef<DataTableFeatures, TData, any>

/**
 * Typed column definitions for one row type. Columns are not sortable unless they say
 * `enableSorting: true`; the server must then accept that column id as a sort key.
 */
export const dataTableColumnHelper = <TData extends RowData>() => createColumnHelper<DataTableFeatures, TData>()
