import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AlertCircle } from 'lucide-react'
import { useEffect, useRef, useState, type FormEvent } from 'react'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { Field, FieldError, FieldGroup, FieldLabel } from '@/components/ui/field'
import { Input } from '@/components/ui/input'
import { Spinner } from '@/components/ui/spinner'
import { ApiRequestError } from '@/lib/api-client'
import { SESSION_QUERY_KEY, signIn } from '@/lib/session'
import { checkSignIn, loadSignInSchema, type SignInField, type SignInFieldErrors } from '../sign-in-check'

/**
 * The password step. Unlike the console's other forms it does not use react-hook-form: two
 * fields do not need it, and this page is the one with a load budget (DESIGN.md, ≤ 150 KB of JS
 * before sign-in is usable). The same contract schema validates it before anything is sent; it
 * loads (with zod) once the form is on screen.
 */
export function SignInForm({ onSignedIn, onCodeNeeded, notice }: { onSignedIn: () => void; onCodeNeeded: () => void; notice?: string }) {
  const queryClient = useQueryClient()
  const [values, setValues] = useState({ username: '', password: '' })
  const [errors, setErrors] = useState<SignInFieldErrors>({})
  const usernameInput = useRef<HTMLInputElement>(null)
  const passwordInput = useRef<HTMLInputElement>(null)
  const checking = useRef(false)
  const [checkFailed, setCheckFailed] = useState(false)

  useEffect(() => {
    // Start loading the schema now; a failure here is retried (and reported) on submit.
    loadSignInSchema().catch(() => undefined)
  }, [])

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (response) => {
      if (response.status === 'mfa-required') return onCodeNeeded()
      queryClient.setQueryData(SESSION_QUERY_KEY, response.session)
      onSignedIn()
    },
    onError: (error) => {
      if (error instanceof ApiRequestError) {
        const fromServer: SignInFieldErrors = {}
        for (const [path, message] of Object.entries(error.fieldErrors)) {
          if (path === 'username' || path === 'password') fromServer[path] = message
        }
        setErrors(fromServer)
      }
      setValues((previous) => ({ ...previous, password: '' }))
      passwordInput.current?.focus()
    },
  })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    // One check at a time: Enter pressed twice while the schema loads sends one request.
    if (checking.current || mutation.isPending) return
    checking.current = true
    try {
      const check = await checkSignIn(values)
      setCheckFailed(false)
      if (check.ok) {
        setErrors({})
        mutation.mutate(check.request)
        return
      }
      setErrors(check.errors)
      const firstInvalid = check.errors.username ? usernameInput : passwordInput
      firstInvalid.current?.focus()
    } catch {
      setCheckFailed(true)
    } finally {
      checking.current = false
    }
  }

  const change = (field: SignInField, value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    // An error stays until the field is edited, as react-hook-form's forms behave elsewhere.
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }))
  }

  const failure = mutation.error
  const failureMessage = checkFailed
    ? 'Signing in failed: the page could not load part of itself. Check your connection and try again.'
    : failure instanceof ApiRequestError && failure.status !== 400
      ? failure.message
      : failure && !(failure instanceof ApiRequestError)
        ? 'Signing in failed. Try again.'
        : (notice ?? null)

  return (
    <form noValidate onSubmit={(event) => void submit(event)} aria-describedby={failureMessage ? 'sign-in-error' : undefined}>
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
