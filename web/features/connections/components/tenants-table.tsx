import type { TenantConnections, Vendor } from '@contract/connections'
import type { TenantSummary } from '@contract/tenants'
import { useQueries } from '@tanstack/react-query'
import { Link } from '@tanstack/react-router'
import { Badge } from '@/components/ui/badge'
import { Skeleton } from '@/components/ui/skeleton'
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table'
import { connectionsQueryOptions } from '../api/connection-queries'

const COLUMNS: ReadonlyArray<{ vendor: Vendor; label: string }> = [
  { vendor: 'identity', label: 'Identity' },
  { vendor: 'sws', label: 'Secure Web Sessions' },
  { vendor: 'sps', label: 'SPS' },
]

function Status({ connections, vendor }: { connections: TenantConnections | undefined; vendor: Vendor }) {
  if (!connections) return <Skeleton className="h-5 w-20" />
  return connections[vendor] ? <Badge variant="success">Configured</Badge> : <span className="text-muted-foreground text-sm">Not set up</span>
}

export function TenantsTable({ tenants }: { tenants: TenantSummary[] }) {
  const connections = useQueries({ queries: tenants.map((tenant) => connectionsQueryOptions(tenant.id)) })
  if (tenants.length === 0) {
    return <p className="text-muted-foreground rounded-lg border border-dashed p-8 text-center text-sm">No tenants yet. Create one to connect its vendors.</p>
  }
  return (
    <div className="rounded-lg border">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead scope="col">Tenant</TableHead>
            <TableHead scope="col">Id</TableHead>
            {COLUMNS.map((column) => (
              <TableHead key={column.vendor} scope="col">
                {column.label}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {tenants.map((tenant, index) => (
            <TableRow key={tenant.id}>
              <TableCell className="font-medium">
                <Link to="/console/connections/$tenantId" params={{ tenantId: tenant.id }} className="text-primary hover:underline">
                  {tenant.name}
                </Link>
              </TableCell>
              <TableCell className="font-mono text-sm">{tenant.id}</TableCell>
              {COLUMNS.map((column) => (
                <TableCell key={column.vendor}>
                  <Status connections={connections[index]?.data} vendor={column.vendor} />
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  )
}
