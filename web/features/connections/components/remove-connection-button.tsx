import { type Vendor, VENDOR_LABELS } from '@contract/connections'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { Button } from '@/components/ui/button'
import { connectionsQueryOptions, removeConnection } from '../api/connection-queries'

export function RemoveConnectionButton({ tenantId, vendor }: { tenantId: string; vendor: Vendor }) {
  const [open, setOpen] = useState(false)
  const queryClient = useQueryClient()
  return (
    <>
      <Button type="button" variant="outline" onClick={() => setOpen(true)}>
        Remove…
      </Button>
      {open && (
        <ConfirmWithReasonDialog
          title={`Remove the ${VENDOR_LABELS[vendor]} connection`}
          description="Its settings and sealed secret are deleted. Screens for this vendor stop working for this tenant until it is set up again."
          confirmLabel="Remove connection"
          onConfirm={async (reason) => {
            queryClient.setQueryData(connectionsQueryOptions(tenantId).queryKey, await removeConnection(tenantId, vendor, reason))
            toast.success(`${VENDOR_LABELS[vendor]} connection removed.`)
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
