import type { ReactNode } from 'react'
import { Skeleton } from '@/components/ui/skeleton'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { DataTableError } from '@/components/data-table/data-table-error'

/** A short, complete list (an organization's admins, rights, roles): loading, error, empty, rows. */
export function SimpleList<T>(props: {
  label: string
  headings: string[]
  rows: T[] | undefined
  error: unknown
  onRetry: () => void
  empty: string
  rowKey: (row: T) => string
  cells: (row: T) => ReactNode[]
}) {
  if (props.error) return <DataTableError error={props.error} onRetry={props.onRetry} />
  if (!props.rows) return <Skeleton className="h-24 w-full" />
  return (
    <div className="rounded-lg border">
      <Table aria-label={props.label}>
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            {props.headings.map((heading, index) => (
              <TableHead key={heading || index}>{heading ? heading : <span className="sr-only">Actions</span>}</TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {props.rows.length === 0 ? (
            <TableRow className="hover:bg-transparent">
              <TableCell colSpan={props.headings.length} className="text-muted-foreground h-16 text-center">
                {props.empty}
              </TableCell>
            </TableRow>
          ) : (
            props.rows.map((row) => (
              <TableRow key={props.rowKey(row)}>
                {props.cells(row).map((cell, index) => (
                  <TableCell key={index} className="break-words whitespace-normal">
                    {cell}
                  </TableCell>
                ))}
              </TableRow>
            ))
          )}
        </TableBody>
      </Table>
    </div>
  )
}
