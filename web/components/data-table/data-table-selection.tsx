import type { RowData } from '@tanstack/react-table'
import { Checkbox } from '@/components/ui/checkbox'
import { TableCell, TableHead } from '@/components/ui/table'

/**
 * Row selection for bulk actions, kept by the screen (by row id) rather than by the table, so it
 * survives refetches; a list that pages on the server selects within the visible page.
 */
export interface DataTableSelection<TData extends RowData> {
  selected: ReadonlySet<string>
  onChange: (selected: Set<string>) => void
  /** Names a row for assistive technology: "Select alice@example.com". */
  rowLabel: (row: TData) => string
}

export function SelectAllHeaderCell(props: { pageIds: readonly string[]; selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void }) {
  const onPage = props.pageIds.filter((id) => props.selected.has(id)).length
  const state = onPage === 0 ? false : onPage === props.pageIds.length ? true : 'indeterminate'
  return (
    <TableHead scope="col" className="bg-muted w-10 px-3">
      <Checkbox
        aria-label="Select all rows on this page"
        checked={state}
        disabled={props.pageIds.length === 0}
        onCheckedChange={() => {
          const next = new Set(props.selected)
          if (state === true) for (const id of props.pageIds) next.delete(id)
          else for (const id of props.pageIds) next.add(id)
          props.onChange(next)
        }}
      />
    </TableHead>
  )
}

export function SelectRowCell(props: { id: string; label: string; selected: ReadonlySet<string>; onChange: (selected: Set<string>) => void }) {
  const checked = props.selected.has(props.id)
  return (
    <TableCell className="w-10 px-3 py-2.5 align-top">
      <Checkbox
        aria-label={props.label}
        checked={checked}
        onCheckedChange={(value) => {
          const next = new Set(props.selected)
          if (value === true) next.add(props.id)
          else next.delete(props.id)
          props.onChange(next)
        }}
      />
    </TableCell>
  )
}
