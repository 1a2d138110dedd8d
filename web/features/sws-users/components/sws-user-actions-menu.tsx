import type { SwsUserSummary } from '@contract/sws-users'
import { MoreHorizontal } from 'lucide-react'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import { SwsUserDeleteDialog } from './sws-user-delete-dialog'
import { SwsUserStatusDialog } from './sws-user-status-dialog'

export interface SwsUserPermissions {
  canChangeStatus: boolean
  canDelete: boolean
}

type Open = 'Activated' | 'Deactivated' | 'delete' | null

/** A user's changes, offered only to operators who may make them (the BFF refuses the rest anyway). */
export function SwsUserActionsMenu(props: { tenant: string; user: SwsUserSummary; permissions: SwsUserPermissions; onDeleted?: () => void }) {
  const [open, setOpen] = useState<Open>(null)
  const { user, permissions } = props
  if (!permissions.canChangeStatus && !permissions.canDelete) return null
  const close = () => setOpen(null)
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${user.username}`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {permissions.canChangeStatus &&
            (user.status === 'Deactivated' ? (
              <DropdownMenuItem onSelect={() => setOpen('Activated')}>Activate…</DropdownMenuItem>
            ) : (
              <DropdownMenuItem onSelect={() => setOpen('Deactivated')}>Deactivate…</DropdownMenuItem>
            ))}
          {permissions.canDelete && (
            <>
              {permissions.canChangeStatus && <DropdownMenuSeparator />}
              <DropdownMenuItem variant="destructive" onSelect={() => setOpen('delete')}>
                Delete from SWS…
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {(open === 'Activated' || open === 'Deactivated') && <SwsUserStatusDialog tenant={props.tenant} user={user} status={open} onClose={close} />}
      {open === 'delete' && <SwsUserDeleteDialog tenant={props.tenant} user={user} onClose={close} onDeleted={props.onDeleted} />}
    </>
  )
}
