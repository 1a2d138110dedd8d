import { createFileRoute, redirect, useNavigate } from '@tanstack/react-router'
import { ShieldHalf } from 'lucide-react'
import { lazy, Suspense, useState } from 'react'
import { Spinner } from '@/components/ui/spinner'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { DemoCredentials } from '@/features/auth/components/demo-credentials'
import { SignInForm } from '@/features/auth/components/sign-in-form'
import { useDocumentTitle } from '@/lib/use-document-title'
import { safeRedirect } from '@/lib/safe-redirect'
import { sessionQueryOptions } from '@/lib/session'

// The code step comes after the password step, so its form (and react-hook-form) loads then.
const SignInCodeForm = lazy(() => import('@/features/auth/components/sign-in-code-form').then((module) => ({ default: module.SignInCodeForm })))

interface SignInSearch {
  redirect?: string
}

export const Route = createFileRoute('/sign-in')({
  validateSearch: (search: Record<string, unknown>): SignInSearch =>
    typeof search.redirect === 'string' ? { redirect: search.redirect } : {},
  beforeLoad: async ({ context, search }) => {
    const session = await context.queryClient.ensureQueryData(sessionQueryOptions())
    if (session) throw redirect({ href: safeRedirect(search.redirect) })
  },
  component: SignInPage,
})

function SignInPage() {
  const search = Route.useSearch()
  const navigate = useNavigate()
  const [step, setStep] = useState<'password' | 'code'>('password')
  const [notice, setNotice] = useState<string>()
  useDocumentTitle('Sign in')
  const done = () => void navigate({ href: safeRedirect(search.redirect), replace: true })
  return (
    <main className="bg-muted/40 flex min-h-dvh items-center justify-center p-4">
      <div className="w-full max-w-sm">
        <div className="mb-6 flex items-center justify-center gap-2">
          <ShieldHalf className="text-primary size-8" aria-hidden />
          <span className="text-xl font-semibold tracking-tight">Gatehouse</span>
        </div>
        <Card>
          <CardHeader>
            <CardTitle>
              <h1>Sign in</h1>
            </CardTitle>
            <CardDescription>{step === 'password' ? 'One console for privileged access.' : 'Two-factor authentication'}</CardDescription>
          </CardHeader>
          <CardContent>
            {step === 'password' ? (
              <SignInForm onSignedIn={done} onCodeNeeded={() => setStep('code')} notice={notice} />
            ) : (
              <Suspense fallback={<Spinner aria-label="Loading" />}>
                <SignInCodeForm
                  onSignedIn={done}
                  onRestart={(why) => {
                    setNotice(why || undefined)
                    setStep('password')
                  }}
                />
              </Suspense>
            )}
          </CardContent>
        </Card>
        <DemoCredentials />
      </div>
    </main>
  )
}
