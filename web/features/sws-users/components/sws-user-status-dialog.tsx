import { swsUserStatusRequestSchema, type SwsUserStatus, type SwsUserStatusRequest, type SwsUserSummary } from '@contract/sws-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { setSwsUserStatus, swsUsersKey } from '../api/sws-user-queries'

const COPY: Record<SwsUserStatus, { title: string; body: string; confirm: string; done: string }> = {
  Deactivated: {
    title: 'Deactivate SWS user',
    body: 'They can no longer use Secure Web Sessions until activated again. Their CyberArk Identity account is not changed.',
    confirm: 'Deactivate',
    done: 'is deactivated.',
  },
  Activated: {
    title: 'Activate SWS user',
    body: 'They can use Secure Web Sessions again.',
    confirm: 'Activate',
    done: 'is activated.',
  },
}

/** Activate or deactivate one SWS user, with an optional reason for the audit log. */
export function SwsUserStatusDialog(props: { tenant: string; user: Pick<SwsUserSummary, 'id' | 'username' | 'fullName'>; status: SwsUserStatus; onClose: () => void }) {
  const copy = COPY[props.status]
  const queryClient = useQueryClient()
  const form = useForm<SwsUserStatusRequest>({ resolver: zodResolver(swsUserStatusRequestSchema), defaultValues: { status: props.status, reason: '' } })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['reason'],
    mutationFn: (values: SwsUserStatusRequest) => setSwsUserStatus(props.tenant, props.user.id, values),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: swsUsersKey(props.tenant) })
      toast.success(`${props.user.username} ${copy.done}`)
      props.onClose()
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-words">
            {copy.title}: {props.user.username}
          </DialogTitle>
          <DialogDescription>{copy.body}</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <ReasonField control={form.control} name="reason" id="sws-user-status-reason" />
          <DialogFormFooter submitLabel={copy.confirm} onCancel={props.onClose} pending={isPending} destructive={props.status === 'Deactivated'} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
