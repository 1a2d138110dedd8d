import { ROLE_LABELS } from '@contract/roles'
import type { OperatorSummary } from '@contract/operators'
import { Badge } from '@/components/ui/badge'
import { DateTime } from '@/components/date-time'
import { OperatorRowActions } from './operator-row-actions'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'

export function OperatorsTable({ operators, currentOperatorId }: { operators: OperatorSummary[]; currentOperatorId: string }) {
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Username</TableHead>
            <TableHead scope="col">Name</TableHead>
            <TableHead scope="col">Roles</TableHead>
            <TableHead scope="col">Status</TableHead>
            <TableHead scope="col">MFA</TableHead>
            <TableHead scope="col">Created</TableHead>
            <TableHead scope="col">
              <span className="sr-only">Actions</span>
            </TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {operators.map((operator) => (
            <TableRow key={operator.id}>
              <TableCell className="font-mono text-sm">{operator.username}</TableCell>
              <TableCell>{operator.displayName}</TableCell>
              <TableCell>
                <div className="flex flex-wrap gap-1">
                  {operator.grants.length === 0 && <span className="text-muted-foreground text-sm">None</span>}
                  {operator.grants.map((grant) => (
                    <Badge key={`${grant.role}:${grant.tenantId ?? '*'}`} variant="secondary">
                      {ROLE_LABELS[grant.role]} · {grant.tenantId ?? 'all tenants'}
                    </Badge>
                  ))}
                </div>
              </TableCell>
              <TableCell>{operator.disabled ? <Badge variant="outline">Disabled</Badge> : <Badge variant="success">Active</Badge>}</TableCell>
              <TableCell>{operator.mfaEnabled ? <Badge variant="success">On</Badge> : <span className="text-muted-foreground text-sm">Off</span>}</TableCell>
              <TableCell className="text-muted-foreground text-sm whitespace-nowrap"><DateTime value={operator.createdAt} /></TableCell>
              <TableCell className="text-right">
                <OperatorRowActions operator={operator} isSelf={operator.id === currentOperatorId} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
