import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { Info } from 'lucide-react'
import { PageHeader } from '@/components/page-header'
import { Alert, AlertDescription } from '@/components/ui/alert'
import { operatorListQueryOptions } from '@/features/operators/api/operator-queries'
import { OperatorsTable } from '@/features/operators/components/operators-table'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/console/operators')({
  beforeLoad: guardScreen('console.operators'),
  loader: ({ context }) => context.queryClient.ensureQueryData(operatorListQueryOptions()),
  component: OperatorsPage,
})

function OperatorsPage() {
  const { data } = useSuspenseQuery(operatorListQueryOptions())
  return (
    <>
      <PageHeader area="Console" title="Operators" description="People who can sign in to this console, and the roles they hold." />
      <Alert variant="info" className="mb-4 max-w-3xl">
        <Info aria-hidden />
        <AlertDescription>Creating and disabling operators, per-tenant grants and MFA enrolment are coming to this screen.</AlertDescription>
      </Alert>
      <OperatorsTable operators={data.items} />
    </>
  )
}
