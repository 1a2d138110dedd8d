import { createUserSchema, type CreateUserRequest } from '@contract/identity-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { useNavigate } from '@tanstack/react-router'
import { useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { useFormMutation } from '@/lib/use-form-mutation'
import { createIdentityUser, usersKey } from '../api/identity-user-queries'
import { ProfileFields } from './profile-fields'
import { SwitchField } from './switch-field'

const EMPTY: CreateUserRequest = {
  username: '',
  displayName: '',
  email: null,
  mobileNumber: null,
  officeNumber: null,
  homeNumber: null,
  description: null,
  password: null,
  forcePasswordChangeNext: true,
  sendEmailInvite: false,
  reason: '',
}

const FIELDS = [
  'username',
  'displayName',
  'email',
  'mobileNumber',
  'officeNumber',
  'homeNumber',
  'description',
  'password',
  'forcePasswordChangeNext',
  'sendEmailInvite',
  'reason',
] as const

/** CreateUser: a Cloud Directory user; nothing is sent until every field is valid. */
export function CreateUserDialog(props: { tenant: string; onClose: () => void }) {
  const queryClient = useQueryClient()
  const navigate = useNavigate()
  const form = useForm<CreateUserRequest>({
    resolver: zodResolver(createUserSchema),
    defaultValues: EMPTY,
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: FIELDS,
    mutationFn: (values: CreateUserRequest) => createIdentityUser(props.tenant, values),
    onSuccess: async ({ id }) => {
      toast.success(`${form.getValues('username')} was created.`)
      props.onClose()
      await queryClient.invalidateQueries({ queryKey: usersKey(props.tenant) })
      void navigate({
        to: '/t/$tenant/identity/users/$userId',
        params: { tenant: props.tenant, userId: id },
      })
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-xl">
        <DialogHeader>
          <DialogTitle>New user</DialogTitle>
          <DialogDescription>A Cloud Directory user of this tenant.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <TextField
            control={form.control}
            name="username"
            id="create-user-login"
            label="Login name"
            placeholder="jdoe@example.com"
            autoComplete="off"
            description="name@suffix, on one of the tenant's login suffixes."
          />
          <ProfileFields control={form.control} idPrefix="create-user" />
          <TextField
            control={form.control}
            name="password"
            id="create-user-password"
            label="Initial password (optional)"
            type="password"
            nullable
            autoComplete="new-password"
            description="At least 8 characters. Leave empty to send an invitation instead."
          />
          <SwitchField control={form.control} name="forcePasswordChangeNext" id="create-user-force-change" label="Must change the password at next sign-in" />
          <SwitchField control={form.control} name="sendEmailInvite" id="create-user-invite" label="Send an invitation e-mail" />
          <ReasonField control={form.control} name="reason" id="create-user-reason" />
          <DialogFormFooter submitLabel={isPending ? 'Creating…' : 'Create user'} onCancel={props.onClose} pending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
