import { signInRequestSchema } from '@contract/auth'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AlertCircle } from 'lucide-react'
import { useRef, useState, type FormEvent } from 'react'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, FieldError, FieldGroup, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { ApiRequestError } from '@/lib/api-client'
import { SESSION_QUERY_KEY, signIn } from '@/lib/session'

type SignInField = 'username' | 'password'
type FieldErrors = Partial<Record<SignInField, string>>

/**
 * The password step. Unlike the console's other forms it does not use react-hook-form: two
 * fields do not need it, and this page is the one with a load budget (DESIGN.md, ≤ 150 KB of JS
 * before sign-in is usable). The same contract schema validates it before anything is sent.
 */
export function SignInForm({ onSignedIn, onCodeNeeded, notice }: { onSignedIn: () => void; onCodeNeeded: () => void; notice?: string }) {
  const queryClient = useQueryClient()
  const [values, setValues] = useState({ username: '', password: '' })
  const [errors, setErrors] = useState<FieldErrors>({})
  const usernameInput = useRef<HTMLInputElement>(null)
  const passwordInput = useRef<HTMLInputElement>(null)

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (response) => {
      if (response.status === 'mfa-required') return onCodeNeeded()
      queryClient.setQueryData(SESSION_QUERY_KEY, response.session)
      onSignedIn()
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) {
        const fromServer: FieldErrors = {}
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          if (path === 'username' || path === 'password') fromServer[path] = message
        }
        setErrors(fromServer)
      }
      setValues((previous) => ({ ...previous, password: '' }))
      passwordInput.current?.focus()
    },
  })

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = signInRequestSchema.safeParse(values)
    if (parsed.success) {
      setErrors({})
      mutation.mutate(parsed.data)
      return
    }
    const found: FieldErrors = {}
    for (const issue of parsed.error.issues) {
      const field = issue.path[0]
      if ((field === 'username' || field === 'password') && !found[field]) found[field] = issue.message
    }
    setErrors(found)
    const firstInvalid = found.username ? usernameInput : passwordInput
    firstInvalid.current?.focus()
  }

  const change = (field: SignInField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    // An error stays until the field is edited, as react-hook-form's forms behave elsewhere.
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }))
  }

  const failure = mutation.error
  const failureMessage =
    failure instanceof ApiRequestError && failure.status !== 400
      ? failure.message
      : failure && !(failure instanceof ApiRequestError)
        ? 'Signing in failed. Try again.'
        : (notice ?? null)

  return (
    <form noValidate onSubmit={submit} aria-describedby={failureMessage ? 'sign-in-error' : undefined}>
      <FieldGroup>
        {failureMessage && (
          <Alert variant="destructive" id="sign-in-error" role="alert">
            <AlertCircle aria-hidden />
            <AlertDescription>{failureMessage}</AlertDescription>
          </Alert>
        )}
        <Field data-invalid={!!errors.username}>
          <FieldLabel htmlFor="sign-in-username">Username</FieldLabel>
          <Input
            ref={usernameInput}
            id="sign-in-username"
            name="username"
            value={values.username}
            onChange={(event) => change('username', event.target.value)}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            autoFocus
            aria-invalid={!!errors.username}
          />
          <FieldError>{errors.username}</FieldError>
        </Field>
        <Field data-invalid={!!errors.password}>
          <FieldLabel htmlFor="sign-in-password">Password</FieldLabel>
          <Input
            ref={passwordInput}
            id="sign-in-password"
            name="password"
            type="password"
            value={values.password}
            onChange={(event) => change('password', event.target.value)}
            autoComplete="current-password"
            aria-invalid={!!errors.password}
          />
          <FieldError>{errors.password}</FieldError>
        </Field>
        <Button type="submit" className="w-full" disabled={mutation.isPending}>
          {mutation.isPending && <Spinner aria-label="Signing in" />}
          Sign in
        </Button>
      </FieldGroup>
    </form>
  )
}
