import type { SwsSessionControlRule } from '@contract/sws-policies'
import { Badge } from '@/components/ui/badge'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { DateTime } from '@/components/date-time'

const yesNo = (value: boolean | null) => (value === null ? '—' : value ? 'Yes' : 'No')

/** Session-control rules: read-only (the SWS API offers no way to change them). */
export function PolicyRulesCard({ rules }: { rules: SwsSessionControlRule[] }) {
  return (
    <Card>
      <CardHeader>
        <CardTitle asChild>
          <h2>Session-control rules</h2>
        </CardTitle>
        <CardDescription>What the Session control layer blocks in this application. Read-only: the SWS API does not change rules.</CardDescription>
      </CardHeader>
      <CardContent>
        {rules.length === 0 ? (
          <p className="text-muted-foreground text-sm">This policy has no session-control rules.</p>
        ) : (
          <div className="rounded-lg border">
            <Table aria-label="Session-control rules">
              <TableHeader>
                <TableRow className="hover:bg-transparent">
                  <TableHead>Rule</TableHead>
                  <TableHead>Field label</TableHead>
                  <TableHead>Action</TableHead>
                  <TableHead>Input</TableHead>
                  <TableHead>Status</TableHead>
                  <TableHead>E-mail</TableHead>
                  <TableHead>Push</TableHead>
                  <TableHead>Notify</TableHead>
                  <TableHead>Created</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {rules.map((rule) => (
                  <TableRow key={rule.id}>
                    <TableCell className="font-medium whitespace-normal">{rule.name}</TableCell>
                    <TableCell>{rule.labelName ?? '—'}</TableCell>
                    <TableCell>{rule.actionType ?? '—'}</TableCell>
                    <TableCell>{rule.inputType ?? '—'}</TableCell>
                    <TableCell>
                      {rule.active === null ? '—' : <Badge variant={rule.active ? 'success' : 'secondary'}>{rule.active ? 'Active' : 'Inactive'}</Badge>}
                    </TableCell>
                    <TableCell>{yesNo(rule.emailNotification)}</TableCell>
                    <TableCell>{yesNo(rule.pushNotification)}</TableCell>
                    <TableCell className="break-all whitespace-normal">{rule.notificationEmail ?? '—'}</TableCell>
                    <TableCell className="whitespace-normal">
                      {rule.createdAt ? (
                        <DateTime value={rule.createdAt} className="tabular-nums" />
                      ) : (
                        '—'
                      )}
                      {rule.createdBy && <div className="text-muted-foreground text-xs break-all">{rule.createdBy}</div>}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        )}
      </CardContent>
    </Card>
  )
}
