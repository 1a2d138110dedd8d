import { inviteSchema, type InvitationChannel, type InviteRequest } from '@contract/identity-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { SelectField } from '@/components/form/select-field'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { userActions } from '../api/identity-user-queries'
import type { UserTarget } from './user-target'

export const CHANNEL_LABELS: Record<InvitationChannel, string> = {
  'invitation-email': 'Invitation by e-mail',
  'invitation-sms': 'Invitation by SMS',
  'login-email': 'Login e-mail (sign-in link)',
}

/** InviteUsers, SendSmsInvite or SendLoginEmails for one user. */
export function InviteDialog(props: { tenant: string; user: UserTarget; onClose: () => void }) {
  const form = useForm<InviteRequest>({
    resolver: zodResolver(inviteSchema),
    defaultValues: { channel: 'invitation-email', reason: '' },
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['channel', 'reason'],
    mutationFn: (values: InviteRequest) => userActions(props.tenant).invite(props.user.id, values),
    onSuccess: () => {
      toast.success(`Sent to ${props.user.username}.`)
      props.onClose()
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-all">Resend invitation: {props.user.username}</DialogTitle>
          <DialogDescription>The tenant sends it to the address or mobile number on the user's profile.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <SelectField
            control={form.control}
            name="channel"
            id="invite-channel"
            label="Send"
            options={Object.entries(CHANNEL_LABELS).map(([value, label]) => ({
              value,
              label,
            }))}
          />
          <ReasonField control={form.control} name="reason" id="invite-reason" />
          <DialogFormFooter submitLabel={isPending ? 'Sending…' : 'Send'} onCancel={props.onClose} pending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
