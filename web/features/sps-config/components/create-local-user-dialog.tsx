import { createLocalUserFormSchema, type CreateLocalUserForm } from '@contract/sps-config'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { createLocalUser } from '../api/sps-config-queries'
import { PasswordFields } from './password-fields'
import { SpsChangeDialog } from './sps-change-dialog'
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
    <SpsChangeDialog title="New local user" description="An SPS account of its own. SPS first stores the password as a password object, then the user refers to it." what="the new local user" change={change} onClose={onClose}>
      <TextField control={form.control} name="name" id="local-user-name" label="Username" autoComplete="off" spellCheck={false} autoCapitalize="none" />
      <PasswordFields control={form.control} idPrefix="local-user" />
      <ReasonField control={form.control} name="reason" id="local-user-reason" />
    </SpsChangeDialog>
  )
}
