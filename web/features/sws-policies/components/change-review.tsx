import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import type { ChangeRow } from '../policy-changes'

function ListValue({ items, other, mark }: { items: string[]; other: string[]; mark: 'removed' | 'added' }) {
  if (items.length === 0) return <span className="text-muted-foreground">None</span>
  return (
    <ul className="space-y-0.5">
      {items.map((item, index) => {
        const changed = !other.includes(item)
        return (
          <li key={`${index}-${item}`} className={changed ? (mark === 'removed' ? 'text-destructive line-through' : 'text-success font-medium') : undefined}>
            <span className="[overflow-wrap:anywhere]">{item}</span>
            {changed && <span className="sr-only"> ({mark})</span>}
          </li>
        )
      })}
    </ul>
  )
}

/** The confirmation's before → after table: exactly the fields that change. */
export function ChangeReview({ rows }: { rows: ChangeRow[] }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="Changes to confirm">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Setting</TableHead>
            <TableHead>Before</TableHead>
            <TableHead>After</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.field} className="align-top hover:bg-transparent">
              <TableCell className="font-medium whitespace-normal">{row.label}</TableCell>
              {row.kind === 'value' ? (
                <>
                  <TableCell className="text-destructive whitespace-normal">{row.before}</TableCell>
                  <TableCell className="text-success font-medium whitespace-normal">{row.after}</TableCell>
                </>
              ) : (
                <>
                  <TableCell className="max-w-56 whitespace-normal">
                    <ListValue items={row.before} other={row.after} mark="removed" />
                  </TableCell>
                  <TableCell className="max-w-56 whitespace-normal">
                    <ListValue items={row.after} other={row.before} mark="added" />
                  </TableCell>
                </>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
