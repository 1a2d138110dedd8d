import { type MfaCodeRequest, mfaCodeRequestSchema } from '@contract/auth'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQuery } from '@tanstack/react-query'
import { Controller, useForm } from 'react-hook-form'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, FieldDescription, FieldError, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Skeleton } from '@/components/ui/skeleton'
import { confirmMfaEnrolment, startMfaEnrolment } from '@/lib/session'

/** Scan (or type) the key, then prove it works with a code; only then is MFA switched on. */
export function MfaEnrolment({ onConfirmed, onCancel }: { onConfirmed: (recoveryCodes: string[]) => void; onCancel: () => void }) {
  // A fresh secret each time this step opens; nothing is enabled until the code is confirmed.
  const enrolment = useQuery({ queryKey: ['account', 'mfa-enrolment'], queryFn: startMfaEnrolment, staleTime: Infinity, gcTime: 0, retry: false })
  const form = useForm<MfaCodeRequest>({ resolver: zodResolver(mfaCodeRequestSchema), defaultValues: { code: '' } })
  const confirm = useMutation({
    mutationFn: confirmMfaEnrolment,
    onSuccess: ({ recoveryCodes }) => onConfirmed(recoveryCodes),
    onError: () => form.resetField('code', { keepError: true }),
  })

  if (enrolment.isError) {
    return (
      <Alert variant="destructive">
        <AlertDescription>{enrolment.error.message}</AlertDescription>
      </Alert>
    )
  }
  const data = enrolment.data
  return (
    <div className="grid gap-6 md:grid-cols-[auto_1fr]">
      <div className="flex flex-col items-center gap-2">
        {data ? (
          <img src={data.qrCodeDataUrl} width={220} height={220} alt="QR code to scan with your authenticator app" className="rounded-md border bg-white" />
        ) : (
          <Skeleton className="size-[220px]" />
        )}
      </div>
      <div className="space-y-4">
        <ol className="text-muted-foreground list-decimal space-y-1 pl-5 text-sm">
          <li>Open your authenticator app (for example one that supports TOTP codes) and add an account.</li>
          <li>Scan the QR code, or type the key below.</li>
          <li>Enter the 6-digit code the app shows.</li>
        </ol>
        <div>
          <p className="text-sm font-medium" id="manual-key-label">
            Key for typing in
          </p>
          <code aria-labelledby="manual-key-label" className="bg-muted mt-1 block rounded-md px-3 py-2 font-mono text-sm tracking-wider break-all" data-testid="mfa-manual-key">
            {data ? data.secret.replace(/(.{4})/g, '$1 ').trim() : '…'}
          </code>
        </div>
        <form noValidate className="space-y-4" onSubmit={form.handleSubmit((values) => confirm.mutate(values))}>
          {confirm.error && (
            <Alert variant="destructive">
              <AlertDescription>{confirm.error.message}</AlertDescription>
            </Alert>
          )}
          <Controller
            name="code"
            control={form.control}
            render={({ field, fieldState }) => (
              <Field data-invalid={fieldState.invalid} className="max-w-xs">
                <FieldLabel htmlFor="mfa-enrol-code">Code from the app</FieldLabel>
                <Input {...field} id="mfa-enrol-code" inputMode="numeric" autoComplete="one-time-code" aria-invalid={fieldState.invalid} />
                <FieldDescription>Two-factor authentication turns on only once this code checks out.</FieldDescription>
                <FieldError errors={[fieldState.error]} />
              </Field>
            )}
          />
          <div className="flex gap-2">
            <Button type="submit" disabled={!data || confirm.isPending}>
              Turn on
            </Button>
            <Button type="button" variant="outline" onClick={onCancel}>
              Cancel
            </Button>
          </div>
        </form>
      </div>
    </div>
  )
}
