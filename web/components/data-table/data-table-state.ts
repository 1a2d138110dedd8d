/** One column sort; the server list decides which column ids it accepts. */
export interface DataTableSort {
  id: string
  desc: boolean
}

/**
 * Everything a server-side list's table shows, as the route's search params hold it. The table
 * never keeps its own copy: it reads this and reports changes.
 */
export interface DataTableState {
  /** 1-based, as in the URL. */
  page: number
  pageSize: number
  sort: DataTableSort | null
  hiddenColumns: readonly string[]
}
