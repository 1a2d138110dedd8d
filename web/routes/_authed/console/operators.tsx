import { useSuspenseQuery } from '@tanstack/react-query'
import { createFileRoute } from '@tanstack/react-router'
import { PageHeader } from '@/components/page-header'
import { operatorListQueryOptions } from '@/features/operators/api/operator-queries'
import { CreateOperatorDialog } from '@/features/operators/components/create-operator-dialog'
import { OperatorsTable } from '@/features/operators/components/operators-table'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/console/operators')({
  beforeLoad: guardScreen('console.operators'),
  loader: ({ context }) => context.queryClient.ensureQueryData(operatorListQueryOptions()),
  component: OperatorsPage,
})

function OperatorsPage() {
  const { data } = useSuspenseQuery(operatorListQueryOptions())
  const { session } = Route.useRouteContext()
  return (
    <>
      <PageHeader
        area="Console"
        title="Operators"
        description="People who can sign in to this console, and the roles they hold per tenant."
        actions={<CreateOperatorDialog />}
      />
      <OperatorsTable operators={data.items} currentOperatorId={session.operator.id} />
    </>
  )
}
