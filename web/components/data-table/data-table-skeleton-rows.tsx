import { Skeleton } from '@/components/ui/skeleton'
import { TableCell, TableRow } from '@/components/ui/table'

/** Placeholder rows while the first page loads; the table is marked aria-busy meanwhile. */
export function DataTableSkeletonRows(props: { rows: number; columns: number }) {
  return Array.from({ length: props.rows }, (_, row) => (
    <TableRow key={row} className="hover:bg-transparent">
      {Array.from({ length: props.columns }, (_, column) => (
        <TableCell key={column} className="px-3 py-3">
          {/* Varied widths read as text rather than as a grid of bars. */}
          <Skeleton className="h-4" style={{ width: `${45 + ((row * 7 + column * 13) % 45)}%` }} />
        </TableCell>
      ))}
    </TableRow>
  ))
}
