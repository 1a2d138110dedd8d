import { changeLocalUserPasswordFormSchema, type ChangeLocalUserPasswordForm, type SpsLocalUser } from '@contract/sps-config'
import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import { ReasonField } from '@/components/reason-field'
import { changeLocalUserPassword } from '../api/sps-config-queries'
import { PasswordFields } from './password-fields'
import { SpsChangeDialog } from './sps-change-dialog'
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
    <SpsChangeDialog title={`Change the password of ${user.name}`} description="SPS never changes a password object: a new one is created and the user is pointed at it." what={`the password of ${user.name}`} change={change} onClose={onClose}>
      <PasswordFields control={form.control} idPrefix="change-password" />
      <ReasonField control={form.control} name="reason" id="change-password-reason" />
    </SpsChangeDialog>
  )
}
