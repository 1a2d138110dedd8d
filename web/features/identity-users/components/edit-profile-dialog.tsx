import { updateProfileSchema, type IdentityUserDetail, type UpdateProfileRequest } from '@contract/identity-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { applyUserChange, userActions } from '../api/identity-user-queries'
import { ProfileFields } from './profile-fields'

const FIELDS = ['displayName', 'email', 'mobileNumber', 'officeNumber', 'homeNumber', 'description', 'reason'] as const

/** ChangeUser (Cloud Directory) or ChangeUserAttributes (other directories): the BFF picks. */
export function EditProfileDialog(props: { tenant: string; user: IdentityUserDetail; onClose: () => void }) {
  const queryClient = useQueryClient()
  const { user } = props
  const form = useForm<UpdateProfileRequest>({
    resolver: zodResolver(updateProfileSchema),
    defaultValues: {
      displayName: user.displayName,
      email: user.email,
      mobileNumber: user.mobileNumber,
      officeNumber: user.officeNumber,
      homeNumber: user.homeNumber,
      description: user.description,
      reason: '',
    },
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: FIELDS,
    mutationFn: (values: UpdateProfileRequest) => userActions(props.tenant).updateProfile(user.id, values),
    onSuccess: async ({ user: summary }) => {
      toast.success(`${user.username}'s profile was saved.`)
      props.onClose()
      await applyUserChange(queryClient, props.tenant, user.id, summary)
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle className="break-all">Edit profile: {user.username}</DialogTitle>
          <DialogDescription>Empty fields are cleared in the directory.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <ProfileFields control={form.control} idPrefix="edit-user" />
          <ReasonField control={form.control} name="reason" id="edit-user-reason" />
          <DialogFormFooter submitLabel={isPending ? 'Saving…' : 'Save profile'} onCancel={props.onClose} pending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
