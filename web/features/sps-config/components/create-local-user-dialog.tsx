import { createLocalUserFormSchema, type CreateLocalUserForm } from '@contract/sps-config'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { FieldGroup } from '@/components/ui/field'
import { createLocalUser } from '../api/sps-config-queries'
import { PasswordFields } from './password-fields'
import { SpsChangeFooter } from './sps-change-footer'
import { useSpsChangeForm } from './use-sps-change-form'

const EMPTY: CreateLocalUserForm = { name: '', password: '', confirm: '', reason: '', commit: false }

export function CreateLocalUserDialog({ tenantId, onClose }: { tenantId: string; onClose: () => void }) {
  const form = useForm<CreateLocalUserForm>({ resolver: zodResolver(createLocalUserFormSchema), defaultValues: EMPTY })
  const change = useSpsChangeForm({
    tenantId,
    form,
    fields: ['name', 'password', 'confirm', 'reason'],
    // The confirmation stays in the browser.
    mutationFn: ({ confirm: _confirm, ...values }) => createLocalUser(tenantId, values),
    describe: (values) => `Local user ${values.name}`,
    onDone: onClose,
  })
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent className="max-h-[90dvh] overflow-y-auto sm:max-w-lg">
        <DialogHeader>
          <DialogTitle>New local user</DialogTitle>
          <DialogDescription>An SPS account of its own. SPS first stores the password as a password object, then the user refers to it.</DialogDescription>
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
            <TextField control={form.control} name="name" id="local-user-name" label="Username" autoComplete="off" spellCheck={false} autoCapitalize="none" />
            <PasswordFields control={form.control} idPrefix="local-user" />
            <ReasonField control={form.control} name="reason" id="local-user-reason" />
          </FieldGroup>
          <SpsChangeFooter
            onCancel={onClose}
            pending={change.isPending}
            canCommitNow={change.canCommitNow}
            onCommitNow={() => void change.askCommitNow()}
            confirming={change.confirming}
            onConfirmCommit={change.confirmCommitNow}
            onCancelCommit={change.cancelCommitNow}
            what="the new local user"
          />
        </form>
      </DialogContent>
    </Dialog>
  )
}
