import { type SignInRequest, signInRequestSchema } from '@contract/auth'
import { zodResolver } from '@hookform/resolvers/zod'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AlertCircle } from 'lucide-react'
import { Controller, useForm } from 'react-hook-form'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, FieldError, FieldGroup, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { ApiRequestError } from '@/lib/api-client'
import { SESSION_QUERY_KEY, signIn } from '@/lib/session'

export function SignInForm({ onSignedIn, onCodeNeeded, notice }: { onSignedIn: () => void; onCodeNeeded: () => void; notice?: string }) {
  const queryClient = useQueryClient()
  const form = useForm<SignInRequest>({
    resolver: zodResolver(signInRequestSchema),
    defaultValues: { username: '', password: '' },
  })
  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (response) => {
      if (response.status === 'mfa-required') return onCodeNeeded()
      queryClient.setQueryData(SESSION_QUERY_KEY, response.session)
      onSignedIn()
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) {
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          if (path === 'username' || path === 'password') form.setError(path, { message })
        }
      }
      form.resetField('password', { keepError: true })
      form.setFocus('password')
    },
  })
  const failure = mutation.error
  const failureMessage =
    failure instanceof ApiRequestError && failure.status !== 400
      ? failure.message
      : failure && !(failure instanceof ApiRequestError)
        ? 'Signing in failed. Try again.'
        : (notice ?? null)

  return (
    <form noValidate onSubmit={form.handleSubmit((values) => mutation.mutate(values))} aria-describedby={failureMessage ? 'sign-in-error' : undefined}>
      <FieldGroup>
        {failureMessage && (
          <Alert variant="destructive" id="sign-in-error" role="alert">
            <AlertCircle aria-hidden />
            <AlertDescription>{failureMessage}</AlertDescription>
          </Alert>
        )}
        <Controller
          name="username"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field data-invalid={fieldState.invalid}>
              <FieldLabel htmlFor="sign-in-username">Username</FieldLabel>
              <Input {...field} id="sign-in-username" autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus aria-invalid={fieldState.invalid} />
              <FieldError errors={[fieldState.error]} />
            </Field>
          )}
        />
        <Controller
          name="password"
          control={form.control}
          render={({ field, fieldState }) => (
            <Field data-invalid={fieldState.invalid}>
              <FieldLabel htmlFor="sign-in-password">Password</FieldLabel>
              <Input {...field} id="sign-in-password" type="password" autoComplete="current-password" aria-invalid={fieldState.invalid} />
              <FieldError errors={[fieldState.error]} />
            </Field>
          )}
        />
        <Button type="submit" className="w-full" disabled={mutation.isPending}>
          {mutation.isPending && <Spinner aria-label="Signing in" />}
          Sign in
        </Button>
      </FieldGroup>
    </form>
  )
}
