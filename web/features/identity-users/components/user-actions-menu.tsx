import { MoreHorizontal } from 'lucide-react'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import type { UserPermissions } from '../user-permissions'
import { DeleteUserDialog } from './delete-user-dialog'
import { InviteDialog } from './invite-dialog'
import { MfaExemptionDialog } from './mfa-exemption-dialog'
import { ResetPasswordDialog } from './reset-password-dialog'
import { SimpleUserActionDialog, type SimpleUserAction } from './simple-user-action-dialog'
import type { UserTarget } from './user-target'

export type UserDialog = SimpleUserAction | 'resetPassword' | 'mfa' | 'invite' | 'delete' | null

/** The dialog for one action on one user, or nothing. */
export function UserActionDialogs(props: { tenant: string; user: UserTarget; open: UserDialog; onClose: () => void; onDeleted?: () => void }) {
  const { open, ...rest } = props
  switch (open) {
    case null:
      return null
    case 'resetPassword':
      return <ResetPasswordDialog {...rest} />
    case 'mfa':
      return <MfaExemptionDialog {...rest} />
    case 'invite':
      return <InviteDialog {...rest} />
    case 'delete':
      return <DeleteUserDialog {...rest} />
    default:
      return <SimpleUserActionDialog {...rest} action={open} />
  }
}

/** The "…" menu of a row: only the actions the operator's role allows. */
export function UserRowActions(props: { tenant: string; user: UserTarget; permissions: UserPermissions }) {
  const [open, setOpen] = useState<UserDialog>(null)
  const { permissions: can, user } = props
  const items = [
    can.lock && (user.locked ? { key: 'unlock', label: 'Unlock…' } : { key: 'lock', label: 'Lock…' }),
    can.resetPassword && { key: 'resetPassword', label: 'Reset password…' },
    can.lock && { key: 'signOutEverywhere', label: 'Sign out everywhere…' },
    can.mfaExempt && { key: 'mfa', label: 'Exempt from MFA…' },
    can.invite && { key: 'invite', label: 'Resend invitation…' },
    can.write && (user.enabled === false ? { key: 'enable', label: 'Enable…' } : { key: 'disable', label: 'Disable…' }),
  ].filter((item): item is { key: Exclude<UserDialog, null>; label: string } => Boolean(item))
  if (items.length === 0 && !can.delete) return null
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${user.username}`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          {items.map((item) => (
            <DropdownMenuItem key={item.key} onSelect={() => setOpen(item.key)}>
              {item.label}
            </DropdownMenuItem>
          ))}
          {can.delete && (
            <>
              <DropdownMenuSeparator />
              <DropdownMenuItem variant="destructive" onSelect={() => setOpen('delete')}>
                Delete…
              </DropdownMenuItem>
            </>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      <UserActionDialogs tenant={props.tenant} user={user} open={open} onClose={() => setOpen(null)} />
    </>
  )
}
