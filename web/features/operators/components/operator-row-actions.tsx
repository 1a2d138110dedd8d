import type { OperatorSummary } from '@contract/operators'
import { MoreHorizontal } from 'lucide-react'
import { useState } from 'react'
import { Button } from '@/components/ui/button'
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuSeparator, DropdownMenuTrigger } from '@/components/ui/dropdown-menu'
import type { OperatorAction } from '../api/operator-queries'
import { EditRolesDialog } from './edit-roles-dialog'
import { OperatorActionDialog } from './operator-action-dialog'

type Open = { kind: 'roles' } | { kind: 'action'; action: OperatorAction } | null

export function OperatorRowActions({ operator, isSelf }: { operator: OperatorSummary; isSelf: boolean }) {
  const [open, setOpen] = useState<Open>(null)
  const close = () => setOpen(null)
  return (
    <>
      <DropdownMenu>
        <DropdownMenuTrigger asChild>
          <Button variant="ghost" size="icon-sm" aria-label={`Actions for ${operator.username}`}>
            <MoreHorizontal aria-hidden />
          </Button>
        </DropdownMenuTrigger>
        <DropdownMenuContent align="end">
          <DropdownMenuItem onSelect={() => setOpen({ kind: 'roles' })}>Edit roles…</DropdownMenuItem>
          <DropdownMenuItem onSelect={() => setOpen({ kind: 'action', action: 'reset-password' })}>Reset password…</DropdownMenuItem>
          {operator.mfaEnabled && <DropdownMenuItem onSelect={() => setOpen({ kind: 'action', action: 'reset-mfa' })}>Reset MFA…</DropdownMenuItem>}
          <DropdownMenuSeparator />
          {operator.disabled ? (
            <DropdownMenuItem onSelect={() => setOpen({ kind: 'action', action: 'enable' })}>Enable…</DropdownMenuItem>
          ) : (
            <DropdownMenuItem variant="destructive" disabled={isSelf} onSelect={() => setOpen({ kind: 'action', action: 'disable' })}>
              Disable…
            </DropdownMenuItem>
          )}
        </DropdownMenuContent>
      </DropdownMenu>
      {open?.kind === 'roles' && <EditRolesDialog operator={operator} onClose={close} />}
      {open?.kind === 'action' && <OperatorActionDialog operator={operator} action={open.action} onClose={close} />}
    </>
  )
}
