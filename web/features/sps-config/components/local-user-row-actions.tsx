import type { SpsLocalUser } from '@contract/sps-config'
import { useQueryClient } from '@tanstack/react-query'
import { MoreHorizontal } from 'lucide-react'
import { useState } from 'react'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { deleteLocalUser, refreshSpsConfig } from '../api/sps-config-queries'
import { ChangePasswordDialog } from './change-password-dialog'

export const ADMIN_NOT_DELETABLE = 'admin is built in with every privilege; SPS does not allow deleting it.'

export function LocalUserRowActions({ tenantId, user, disabled }: { tenantId: string; user: SpsLocalUser; disabled: boolean }) {
  const [open, setOpen] = useState<'password' | 'delete' | null>(null)
  const queryClient = useQueryClient()
  const close = () => setOpen(null)
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for local user ${user.name}`} disabled={disabled}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end" className="max-w-72">
          <DropdownMenuItem onSelect={() => setOpen('password')}>Change password…</DropdownMenuItem>
          <DropdownMenuSeparator />
          <DropdownMenuItem variant="destructive" disabled={user.builtIn} onSelect={() => setOpen('delete')}>
            Delete…
          </DropdownMenuItem>
          {user.builtIn && <p className="text-muted-foreground px-2 pb-1.5 text-xs">{ADMIN_NOT_DELETABLE}</p>}
        </DropdownMenuContent>
      </DropdownMenu>
      {open === 'password' && <ChangePasswordDialog tenantId={tenantId} user={user} onClose={close} />}
      {open === 'delete' && (
        <ConfirmWithReasonDialog
          title={`Delete local user ${user.name}?`}
          description="The deletion joins your pending changes; it takes effect when you commit them. Usergroups that list this user keep the name."
          confirmLabel="Delete local user"
          onClose={close}
          onConfirm={async (reason) => {
            await deleteLocalUser(tenantId, user.key, { reason })
            await refreshSpsConfig(queryClient, tenantId)
            toast.success(`Deleting local user ${user.name}: added to your pending changes.`)
          }}
        />
      )}
    </>
  )
}
