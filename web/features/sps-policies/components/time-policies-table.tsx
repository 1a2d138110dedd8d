import type { SpsTimePolicy } from '@contract/sps-policies'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { scheduleSummary } from '../schedule-summary'
import { BuiltInBadge } from './built-in-badge'
import { PolicyNameButton } from './policy-name-button'

/** Time policies with their week in words; a name opens the detail. */
export function TimePoliciesTable({ policies, onOpen }: { policies: readonly SpsTimePolicy[]; onOpen: (key: string) => void }) {
  return (
    <div className="rounded-lg border">
      <Table aria-label="Time policies">
        <TableHeader>
          <TableRow className="hover:bg-transparent">
            <TableHead>Name</TableHead>
            <TableHead>Allowed hours</TableHead>
            <TableHead>Key</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {policies.map((policy) => (
            <TableRow key={policy.key} data-testid={`time-policy-${policy.key}`}>
              <TableCell>
                <div className="flex flex-wrap items-center gap-x-2 gap-y-1">
                  <PolicyNameButton name={policy.name} onClick={() => onOpen(policy.key)} />
                  {policy.builtIn && <BuiltInBadge />}
                </div>
              </TableCell>
              <TableCell className="whitespace-normal">{scheduleSummary(policy.days)}</TableCell>
              <TableCell className="text-muted-foreground font-mono text-xs">{policy.key}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
