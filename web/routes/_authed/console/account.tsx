import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { PageHeader } from '@/components/page-header'
import { MfaCard } from '@/features/account/components/mfa-card'
import { sessionQueryOptions } from '@/lib/session'

/** The signed-in operator's own security settings; open to every role. */
export const Route = createFileRoute('/_authed/console/account')({
  component: AccountPage,
})

function AccountPage() {
  const { data: session } = useSuspenseQuery(sessionQueryOptions())
  if (!session) return null
  return (
    <>
      <PageHeader area="Your account" title="Account security" description={`Signed in as ${session.operator.username}.`} />
      <MfaCard session={session} />
    </>
  )
}
