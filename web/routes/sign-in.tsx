import { createFileRoute, redirect, useNavigate } from '@tanstack/react-router'
import { ShieldHalf } from 'lucide-react'
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card'
import { DemoCredentials } from '@/features/auth/components/demo-credentials'
import { SignInForm } from '@/features/auth/components/sign-in-form'
import { useDocumentTitle } from '@/lib/use-document-title'
import { safeRedirect } from '@/lib/safe-redirect'
import { sessionQueryOptions } from '@/lib/session'

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
  useDocumentTitle('Sign in')
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
            <CardDescription>One console for privileged access.</CardDescription>
          </CardHeader>
          <CardContent>
            <SignInForm onSignedIn={() => void navigate({ href: safeRedirect(search.redirect), replace: true })} />
          </CardContent>
        </Card>
        <DemoCredentials />
      </div>
    </main>
  )
}
