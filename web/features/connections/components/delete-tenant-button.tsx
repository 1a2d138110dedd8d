import type { TenantSummary } from '@contract/tenants'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useState } from 'react'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { Button } from '@/components/ui/button'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { tenantsQueryOptions } from '@/lib/tenants'
import { deleteTenant } from '../api/connection-queries'

export function DeleteTenantButton({ tenant }: { tenant: TenantSummary }) {
  const [open, setOpen] = useState(false)
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  return (
    <Card className="border-destructive/40">
      <CardHeader>
        <CardTitle>
          <h2>Delete this tenant</h2>
        </CardTitle>
        <CardDescription>Its connections and sealed secrets, and every role granted for it, are deleted. The audit log keeps its history.</CardDescription>
      </CardHeader>
      <CardContent>
        <Button variant="destructive" onClick={() => setOpen(true)}>
          Delete tenant…
        </Button>
      </CardContent>
      {open && (
        <ConfirmWithReasonDialog
          title={`Delete ${tenant.name}`}
          description="This cannot be undone."
          confirmLabel="Delete tenant"
          onConfirm={async (reason) => {
            await deleteTenant(tenant.id, reason)
            queryClient.removeQueries({ predicate: (query) => query.queryKey[0] === tenant.id })
            await queryClient.invalidateQueries({ queryKey: tenantsQueryOptions().queryKey })
            toast.success(`${tenant.name} deleted.`)
            await navigate({ to: '/console/connections' })
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </Card>
  )
}
