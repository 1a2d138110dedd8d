import { type MfaCodeRequest, mfaCodeRequestSchema } from '@contract/auth'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AlertCircle } from 'lucide-react'
import { Controller, useForm } from 'react-hook-form'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, FieldDescription, FieldError, FieldGroup, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { ApiRequestError } from '@/lib/api-client'
import { SESSION_QUERY_KEY, signInWithCode } from '@/lib/session'

/** Second sign-in step for operators with MFA: an authenticator code or a recovery code. */
export function SignInCodeForm(props: { onSignedIn: () => void; onRestart: (why: string) => void }) {
  const queryClient = useQueryClient()
  const form = useForm<MfaCodeRequest>({ resolver: zodResolver(mfaCodeRequestSchema), defaultValues: { code: '' } })
  const mutation = useMutation({
    mutationFn: signInWithCode,
    onSuccess: (response) => {
      if (response.status !== 'signed-in') return props.onRestart('Sign in again.')
      queryClient.setQueryData(SESSION_QUERY_KEY, response.session)
      props.onSignedIn()
    },
    onError: (error) => {
      if (error instanceof ApiRequestError && error.code === 'mfa_challenge_expired') return props.onRestart(error.message)
      form.resetField('code', { keepError: true })
      form.setFocus('code')
    },
  })

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))}>
      <FieldGroup>
        {mutation.error && (
          <Alert variant="destructive">
            <AlertCircle aria-hidden />
            <AlertDescription>{mutation.error.message}</AlertDescription>
          </Alert>
        )}
        <Controller
          name="code"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field data-invalid={fieldState.invalid}>
              <FieldLabel htmlFor="sign-in-code">Authentication code</FieldLabel>
              <Input
                {...field}
                id="sign-in-code"
                inputMode="numeric"
                autoComplete="one-time-code"
                autoFocus
                spellCheck={false}
                aria-invalid={fieldState.invalid}
                aria-describedby="sign-in-code-help"
              />
              <FieldDescription id="sign-in-code-help">The 6-digit code from your authenticator app, or one of your recovery codes.</FieldDescription>
              <FieldError errors={[fieldState.error]} />
            </Field>
          )}
        />
        <Button type="submit" className="w-full" disabled={mutation.isPending}>
          {mutation.isPending && <Spinner aria-label="Checking the code" />}
          Verify
        </Button>
        <Button type="button" variant="link" className="h-auto p-0" onClick={() => props.onRestart('')}>
          Use a different account
        </Button>
      </FieldGroup>
    </form>
  )
}
