import { SWS_USER_DELETE_WARNING, swsUserDeleteRequestSchema, type SwsUserDeleteRequest, type SwsUserSummary } from '@contract/sws-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { TriangleAlert } from 'lucide-react'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { deleteSwsUser, swsUsersKey } from '../api/sws-user-queries'

/** Removes a user from the SWS tenant (not from CyberArk Identity); a reason is required and a recent sign-in. */
export function SwsUserDeleteDialog(props: { tenant: string; user: Pick<SwsUserSummary, 'id' | 'username' | 'fullName'>; onClose: () => void; onDeleted?: () => void }) {
  const queryClient = useQueryClient()
  const form = useForm<SwsUserDeleteRequest>({ resolver: zodResolver(swsUserDeleteRequestSchema), defaultValues: { reason: '' } })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['reason'],
    mutationFn: (values: SwsUserDeleteRequest) => deleteSwsUser(props.tenant, props.user.id, values),
    onSuccess: async () => {
      toast.success(`${props.user.username} was removed from Secure Web Sessions.`)
      props.onClose()
      props.onDeleted?.()
      // The user is gone: their detail is marked stale without a refetch (that would only 404 while the page is still open).
      await queryClient.invalidateQueries({ queryKey: [...swsUsersKey(props.tenant), 'detail', { userId: props.user.id }], refetchType: 'none' })
      await queryClient.invalidateQueries({ queryKey: [...swsUsersKey(props.tenant), 'list'] })
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-words">Delete SWS user: {props.user.username}</DialogTitle>
          <DialogDescription>{props.user.fullName || props.user.username} loses access to Secure Web Sessions. This cannot be undone here.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <Alert variant="warning">
            <TriangleAlert aria-hidden />
            <AlertTitle>SWS tenant only</AlertTitle>
            <AlertDescription>{SWS_USER_DELETE_WARNING} Remove or disable the Identity account separately if that is intended.</AlertDescription>
          </Alert>
          <FormErrorAlert message={formError} />
          <ReasonField control={form.control} name="reason" required id="sws-user-delete-reason" />
          <DialogFormFooter submitLabel="Delete from SWS" onCancel={props.onClose} pending={isPending} destructive />
        </form>
      </DialogContent>
    </Dialog>
  )
}
