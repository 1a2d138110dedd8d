import type { AttributeColumn } from '@contract/identity-schema'
import { Badge } from '@/components/ui/badge'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { attributeTypeLabel } from '../attribute-types'
import { AttributeRowActions } from './attribute-row-actions'

const None = () => (
  <span className="text-muted-foreground" aria-label="none">
    —
  </span>
)

/** The tenant's attributes in Identity's order; row actions only for those who may change them. */
export function AttributesTable({ tenant, columns, canWrite }: { tenant: string; columns: readonly AttributeColumn[]; canWrite: boolean }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="User attributes">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead scope="col">Name</TableHead>
            <TableHead scope="col">Title</TableHead>
            <TableHead scope="col">Type</TableHead>
            <TableHead scope="col">User-editable</TableHead>
            <TableHead scope="col">Description</TableHead>
            {canWrite && (
              <TableHead scope="col" className="w-12">
                <span className="sr-only">Actions</span>
              </TableHead>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {columns.map((column) => (
            <TableRow key={column.name} data-testid={`attribute-${column.name}`}>
              <TableHead scope="row" className="font-mono text-sm font-medium">
                {column.name}
              </TableHead>
              <TableCell className="max-w-56 whitespace-normal break-words">{column.title ?? <None />}</TableCell>
              <TableCell>
                {attributeTypeLabel(column.type)}
                {attributeTypeLabel(column.type) !== column.type && <span className="text-muted-foreground ml-1 font-mono text-xs">{column.type}</span>}
              </TableCell>
              <TableCell>{column.userEditable ? <Badge variant="warning">Yes</Badge> : <Badge variant="secondary">No</Badge>}</TableCell>
              <TableCell className="text-muted-foreground max-w-md min-w-48 whitespace-normal break-words">{column.description ?? <None />}</TableCell>
              {canWrite && (
                <TableCell className="text-right">
                  <AttributeRowActions tenant={tenant} column={column} />
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
