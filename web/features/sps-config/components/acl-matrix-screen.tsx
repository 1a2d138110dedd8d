import { useQuery } from '@tanstack/react-query'
import { Info } from 'lucide-react'
import { useState } from 'react'
import { DataTableError } from '@/components/data-table/data-table-error'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Badge } from '@/components/ui/badge'
import { Input } from '@/components/ui/input'
import { Skeleton } from '@/components/ui/skeleton'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { aclMatrixQueryOptions } from '../api/sps-config-queries'

/** Usergroups × privileges, read-only: SPS does not allow editing ACLs over its REST API. */
export function AclMatrixScreen({ tenantId }: { tenantId: string }) {
  const matrix = useQuery(aclMatrixQueryOptions(tenantId))
  const [filter, setFilter] = useState('')
  const needle = filter.trim().toLowerCase()
  const groups = matrix.data?.groups.filter((row) => !needle || row.group.toLowerCase().includes(needle)) ?? []

  return (
    <div className="flex flex-col">
      <PageHeader area="Safeguard SPS" title="ACLs" description="Which usergroup holds which privilege on SPS, read or write. Write includes read." />
      <Alert className="mb-4">
        <Info aria-hidden />
        <AlertDescription>
          SPS does not allow editing ACLs over its REST API, so this view is read-only. Change privileges in the SPS web interface; they apply when users next sign in to SPS.
        </AlertDescription>
      </Alert>
      <Input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} placeholder="Filter usergroups" aria-label="Filter usergroups" className="mb-3 w-72" />
      {matrix.error ? (
        <DataTableError error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : !matrix.data ? (
        <div className="space-y-2" aria-busy>
          {Array.from({ length: 6 }, (_, index) => (
            <Skeleton key={index} className="h-8 w-full" />
          ))}
        </div>
      ) : (
        <div className="rounded-lg border">
          <Table aria-label="SPS ACLs: usergroups by privilege" containerClassName="max-h-[calc(100dvh-20rem)] min-h-64">
            <TableHeader className="bg-background sticky top-0 z-10 shadow-[inset_0_-1px_0_var(--border)]">
              <TableRow className="hover:bg-transparent">
                <TableHead scope="col" className="bg-background sticky left-0 z-20 min-w-40">
                  Usergroup
                </TableHead>
                {matrix.data.privileges.map((privilege) => (
                  <TableHead key={privilege.object} scope="col" className="min-w-24 text-center whitespace-normal" title={privilege.object}>
                    {privilege.label}
                  </TableHead>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {groups.length === 0 && (
                <TableRow>
                  <TableCell colSpan={matrix.data.privileges.length + 1} className="text-muted-foreground py-8 text-center">
                    No usergroup matches this filter.
                  </TableCell>
                </TableRow>
              )}
              {groups.map((row) => (
                <TableRow key={row.group}>
                  <TableHead scope="row" className="bg-background sticky left-0 font-medium">
                    {row.group}
                  </TableHead>
                  {matrix.data.privileges.map((privilege) => {
                    const permission = row.permissions[privilege.object]
                    return (
                      <TableCell key={privilege.object} className="text-center">
                        {permission === 'write' ? (
                          <Badge variant="warning">write</Badge>
                        ) : permission === 'read' ? (
                          <Badge variant="secondary">read</Badge>
                        ) : (
                          <span className="text-muted-foreground" aria-label="none">
                            —
                          </span>
                        )}
                      </TableCell>
                    )
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  )
}
