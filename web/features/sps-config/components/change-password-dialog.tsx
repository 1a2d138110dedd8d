import { changeLocalUserPasswordFormSchema, type ChangeLocalUserPasswordForm, type SpsLocalUser } from '@contract/sps-config'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { changeLocalUserPassword } from '../api/sps-config-queries'
import { PasswordFields } from './password-fields'
import { SpsChangeFooter } from './sps-change-footer'
import { useSpsChangeForm } from './use-sps-change-form'

const EMPTY: ChangeLocalUserPasswordForm = { password: '', confirm: '', reason: '', commit: false }

export function ChangePasswordDialog({ tenantId, user, onClose }: { tenantId: string; user: SpsLocalUser; onClose: () => void }) {
  const form = useForm<ChangeLocalUserPasswordForm>({ resolver: zodResolver(changeLocalUserPasswordFormSchema), defaultValues: EMPTY })
  const change = useSpsChangeForm({
    tenantId,
    form,
    fields: ['password', 'confirm', 'reason'],
    mutationFn: ({ confirm: _confirm, ...values }) => changeLocalUserPassword(tenantId, user.key, values),
    describe: () => `Password of ${user.name}`,
    onDone: onClose,
  })
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle className="break-words">Change the password of {user.name}</DialogTitle>
          <DialogDescription>SPS never changes a password object: a new one is created and the user is pointed at it.</DialogDescription>
        </DialogHeader>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault()
            change.stage()
          }}
        >
          <FieldGroup>
            <FormErrorAlert message={change.formError} />
            <PasswordFields control={form.control} idPrefix="change-password" />
            <ReasonField control={form.control} name="reason" id="change-password-reason" />
          </FieldGroup>
          <SpsChangeFooter
            onCancel={onClose}
            pending={change.isPending}
            canCommitNow={change.canCommitNow}
            onCommitNow={() => void change.askCommitNow()}
            confirming={change.confirming}
            onConfirmCommit={change.confirmCommitNow}
            onCancelCommit={change.cancelCommitNow}
            what={`the password of ${user.name}`}
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}
