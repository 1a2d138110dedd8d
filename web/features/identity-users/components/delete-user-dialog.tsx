import { useQueryClient } from '@tanstack/react-query'
import { toast } from 'sonner'
import { ConfirmWithReasonDialog } from '@/components/confirm-with-reason-dialog'
import { applyUserChange, userActions } from '../api/identity-user-queries'
import type { UserTarget } from './user-target'

/** RemoveUsers for one user, named in the confirmation; a reason is required. */
export function DeleteUserDialog(props: { tenant: string; user: UserTarget; onClose: () => void; onDeleted?: () => void }) {
  const queryClient = useQueryClient()
  return (
    <ConfirmWithReasonDialog
      title={`Delete ${props.user.username}?`}
      description={`${props.user.displayName} (${props.user.username}) is removed from the directory with their roles and attributes. This cannot be undone.`}
      confirmLabel="Delete user"
      onClose={props.onClose}
      onConfirm={async (reason) => {
        await userActions(props.tenant).remove(props.user.id, reason)
        toast.success(`${props.user.username} was deleted.`)
        props.onDeleted?.()
        await applyUserChange(queryClient, props.tenant, props.user.id, null)
      }}
    />
  )
}
