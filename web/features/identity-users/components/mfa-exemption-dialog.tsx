import { MFA_EXEMPTION_MINUTES, mfaExemptionSchema, type MfaExemptionRequest } from '@contract/identity-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { useQueryClient } from '@tanstack/react-query'
import { Controller, useForm } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { ReasonField } from '@/components/reason-field'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { formatDateTime } from '@/lib/format-time'
import { useFormMutation } from '@/lib/use-form-mutation'
import { applyUserChange, userActions } from '../api/identity-user-queries'
import type { UserTarget } from './user-target'

const label = (minutes: number) => (minutes < 60 ? `${minutes} minutes` : minutes === 60 ? '1 hour' : `${minutes / 60} hours`)

/** ExemptUserFromMfa for a bounded time; a reason is required. */
export function MfaExemptionDialog(props: { tenant: string; user: UserTarget; onClose: () => void }) {
  const queryClient = useQueryClient()
  const form = useForm<MfaExemptionRequest>({
    resolver: zodResolver(mfaExemptionSchema),
    defaultValues: { minutes: 60, reason: '' },
  })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['minutes', 'reason'],
    mutationFn: (values: MfaExemptionRequest) => userActions(props.tenant).exemptFromMfa(props.user.id, values),
    onSuccess: async ({ user, until }) => {
      toast.success(`${props.user.username} may sign in without MFA until ${formatDateTime(until)}.`)
      props.onClose()
      await applyUserChange(queryClient, props.tenant, props.user.id, user)
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-all">Exempt from MFA: {props.user.username}</DialogTitle>
          <DialogDescription>They can sign in with their password alone until the exemption ends. Use it for a lost or replaced device.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={onSubmit} className="space-y-4">
          <FormErrorAlert message={formError} />
          <Controller
            control={form.control}
            name="minutes"
            render={({ field, fieldState }) => (
              <Field data-invalid={fieldState.invalid}>
                <FieldLabel htmlFor="mfa-exemption-minutes">For</FieldLabel>
                <Select value={String(field.value)} onValueChange={(value) => field.onChange(Number(value))}>
                  <SelectTrigger id="mfa-exemption-minutes" className="w-full" aria-invalid={fieldState.invalid}>
                    <SelectValue />
                  </SelectTrigger>
                  <SelectContent>
                    {MFA_EXEMPTION_MINUTES.map((minutes) => (
                      <SelectItem key={minutes} value={String(minutes)}>
                        {label(minutes)}
                      </SelectItem>
                    ))}
                  </SelectContent>
                </Select>
                <FieldDescription>The exemption ends by itself; at most 24 hours.</FieldDescription>
                <FieldError errors={[fieldState.error]} />
              </Field>
            )}
          />
          <ReasonField control={form.control} name="reason" required id="mfa-exemption-reason" />
          <DialogFormFooter submitLabel={isPending ? 'Exempting…' : 'Exempt from MFA'} onCancel={props.onClose} pending={isPending} />
        </form>
      </DialogContent>
    </Dialog>
  )
}
