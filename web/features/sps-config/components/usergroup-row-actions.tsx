import type { SpsUsergroup } from '@contract/sps-config'
import { useQueryClient } from '@tanstack/react-query'
import { MoreHorizontal } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { deleteUsergroup, refreshSpsConfig } from '../api/sps-config-queries'
import { UsergroupDialog } from './usergroup-dialog'

export function UsergroupRowActions({ tenantId, group }: { tenantId: string; group: SpsUsergroup }) {
  const [open, setOpen] = useState<'edit' | 'delete' | null>(null)
  const queryClient = useQueryClient()
  const close = () => setOpen(null)
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for usergroup ${group.name}`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setOpen('edit')}>{group.inAcls ? 'Change members…' : 'Rename or change members…'}</DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" onSelect={() => setOpen('delete')}>
            Delete…
          </DropdownMenuItem>
        </DropdownMenuContent>
      </DropdownMenu>
      {open === 'edit' && <UsergroupDialog tenantId={tenantId} group={group} onClose={close} />}
      {open === 'delete' && (
        <ConfirmWithReasonDialog
          title={`Delete usergroup ${group.name}?`}
          description={
            group.inAcls
              ? 'The ACLs refer to this group by name; SPS will most likely refuse to delete it. The deletion joins your pending changes if SPS accepts it.'
              : 'The deletion joins your pending changes; it takes effect when you commit them.'
          }
          confirmLabel="Delete usergroup"
          onClose={close}
          onConfirm={async (reason) => {
            await deleteUsergroup(tenantId, group.key, { reason })
            await refreshSpsConfig(queryClient, tenantId)
            toast.success(`Deleting usergroup ${group.name}: added to your pending changes.`)
          }}
        />
      )}
    </>
  )
}
