import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation } from '@tanstack/react-query'
import { ShieldCheck } from 'lucide-react'
import { useState, useSyncExternalStore } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { z } from 'zod/mini'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from '@/components/ui/dialog'
import { Field, FieldError, FieldGroup, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { reauthStore } from '@/lib/reauth'
import { reauthenticate } from '@/lib/session'
import { DialogFormFooter } from '@/components/dialog-form-footer'

const schema = z.object({ secret: z.string().check(z.trim(), z.minLength(1, 'Enter it to continue')) })

/** Asks for the password (or an authenticator code) before a sensitive action goes through. */
export function ReauthDialog({ mfaEnabled }: { mfaEnabled: boolean }) {
  const open = useSyncExternalStore(reauthStore.subscribe, reauthStore.isOpen)
  const [useCode, setUseCode] = useState(false)
  const form = useForm({ resolver: zodResolver(schema), defaultValues: { secret: '' } })
  const mutation = useMutation({
    mutationFn: (secret: string) => reauthenticate(useCode ? { code: secret } : { password: secret }),
    onSuccess: () => {
      form.reset()
      reauthStore.settle(true)
    },
    onError: () => form.resetField('secret'),
  })
  const close = () => {
    form.reset()
    mutation.reset()
    reauthStore.settle(false)
  }
  const label = useCode ? 'Authenticator code' : 'Password'

  return (
    <Dialog open={open} onOpenChange={(next) => !next && close()}>
      <DialogContent className="sm:max-w-md">
        <DialogHeader>
          <DialogTitle className="flex items-center gap-2">
            <ShieldCheck className="text-primary size-5" aria-hidden />
            Confirm it is you
          </DialogTitle>
          <DialogDescription>This action changes access or cannot be undone. Confirm your identity to continue.</DialogDescription>
        </DialogHeader>
        <form noValidate onSubmit={form.handleSubmit(({ secret }) => mutation.mutate(secret))}>
          <FieldGroup>
            {mutation.error && (
              <Alert variant="destructive">
                <AlertDescription>{mutation.error.message}</AlertDescription>
              </Alert>
            )}
            <Controller
              name="secret"
              control={form.control}
              render={({ field, fieldState }) => (
                <Field data-invalid={fieldState.invalid}>
                  <FieldLabel htmlFor="reauth-secret">{label}</FieldLabel>
                  <Input
                    {...field}
                    id="reauth-secret"
                    type={useCode ? 'text' : 'password'}
                    inputMode={useCode ? 'numeric' : undefined}
                    autoComplete={useCode ? 'one-time-code' : 'current-password'}
                    autoFocus
                    aria-invalid={fieldState.invalid}
                  />
                  <FieldError errors={[fieldState.error]} />
                </Field>
              )}
            />
            {mfaEnabled && (
              <Button type="button" variant="link" className="h-auto justify-start p-0" onClick={() => setUseCode((value) => !value)}>
                {useCode ? 'Use your password instead' : 'Use an authenticator code instead'}
              </Button>
            )}
          </FieldGroup>
          <DialogFormFooter submitLabel="Confirm" onCancel={close} pending={mutation.isPending} className="mt-6" />
        </form>
      </DialogContent>
    </Dialog>
  )
}
