import { resetPasswordSchema, type ResetPasswordRequest } from '@contract/identity-users'
import { zodResolver } from '@hookform/resolvers/zod'
import { Copy } from 'lucide-react'
import { useState } from 'react'
import { Controller, useForm, useWatch } from 'react-hook-form'
import { toast } from 'sonner'
import { DialogFormFooter } from '@/components/dialog-form-footer'
import { FormErrorAlert } from '@/components/form-error-alert'
import { TextField } from '@/components/form/text-field'
import { ReasonField } from '@/components/reason-field'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldLabel } from '@/components/ui/field'
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select'
import { useFormMutation } from '@/lib/use-form-mutation'
import { userActions } from '../api/identity-user-queries'
import type { UserTarget } from './user-target'

/** ResetUserPassword: a generated password shown once (never stored or logged), or one the operator types. */
export function ResetPasswordDialog(props: { tenant: string; user: UserTarget; onClose: () => void }) {
  const [shown, setShown] = useState<string | null>(null)
  const form = useForm<ResetPasswordRequest>({
    resolver: zodResolver(resetPasswordSchema),
    defaultValues: { mode: 'generate', password: undefined, reason: '' },
  })
  const mode = useWatch({ control: form.control, name: 'mode' })
  const { onSubmit, formError, isPending } = useFormMutation({
    form,
    fields: ['mode', 'password', 'reason'],
    mutationFn: (values: ResetPasswordRequest) =>
      userActions(props.tenant).resetPassword(props.user.id, {
        ...values,
        password: values.mode === 'set' ? values.password : undefined,
      }),
    onSuccess: ({ password }) => {
      toast.success(`${props.user.username}'s password was reset.`)
      if (password) setShown(password)
      else props.onClose()
    },
  })
  return (
    <Dialog open onOpenChange={(open) => !open && props.onClose()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="break-all">Reset password: {props.user.username}</DialogTitle>
          <DialogDescription>Their current password stops working at once.</DialogDescription>
        </DialogHeader>
        {shown ? (
          <div className="space-y-4">
            <Alert variant="warning">
              <AlertDescription>Shown only now and not kept anywhere. Pass it to the user privately.</AlertDescription>
            </Alert>
            <div className="flex gap-2">
              <code aria-label="New password" className="bg-muted flex-1 rounded-md px-3 py-2 font-mono text-sm break-all">
                {shown}
              </code>
              <Button
                variant="outline"
                size="icon"
                aria-label="Copy the new password"
                onClick={() =>
                  void navigator.clipboard.writeText(shown).then(
                    () => toast.success('Copied.'),
                    () => toast.error('Copying was blocked.'),
                  )
                }
              >
                <Copy aria-hidden />
              </Button>
            </div>
            <DialogFooter>
              <Button onClick={props.onClose}>Done</Button>
            </DialogFooter>
          </div>
        ) : (
          <form noValidate onSubmit={onSubmit} className="space-y-4">
            <FormErrorAlert message={formError} />
            <Controller
              control={form.control}
              name="mode"
              render={({ field }) => (
                <Field>
                  <FieldLabel htmlFor="reset-password-mode">New password</FieldLabel>
                  <Select value={field.value} onValueChange={field.onChange}>
                    <SelectTrigger id="reset-password-mode" className="w-full">
                      <SelectValue />
                    </SelectTrigger>
                    <SelectContent>
                      <SelectItem value="generate">Generate a strong password and show it once</SelectItem>
                      <SelectItem value="set">Type a password</SelectItem>
                    </SelectContent>
                  </Select>
                </Field>
              )}
            />
            {mode === 'set' && (
              <TextField
                control={form.control}
                name="password"
                id="reset-password-value"
                label="Password"
                type="password"
                autoComplete="new-password"
                description="At least 8 characters; the tenant's password policy applies."
              />
            )}
            <ReasonField control={form.control} name="reason" id="reset-password-reason" />
            <DialogFormFooter submitLabel={isPending ? 'Resetting…' : 'Reset password'} onCancel={props.onClose} pending={isPending} destructive />
          </form>
        )}
      </DialogContent>
    </Dialog>
  )
}
