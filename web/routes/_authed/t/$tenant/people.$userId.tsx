import { can } from '@contract/roles'
import { createFileRoute, notFound } from '@tanstack/react-router'
import { useSuspenseQuery } from '@tanstack/react-query'
import { personFootprintQueryOptions } from '@/features/people/api/people-queries'
import { PersonScreen } from '@/features/people/components/person-screen'
import type { ForbiddenData } from '@/lib/route-guards'

/** One person across vendors, reached from an Identity user's page or the command palette. */
export const Route = createFileRoute('/_authed/t/$tenant/people/$userId')({
  beforeLoad: ({ context, params }) => {
    if (!can(context.session.operator.grants, params.tenant, 'identity.users.read')) {
      throw notFound({ data: { forbidden: { permission: 'identity.users.read' } } satisfies ForbiddenData })
    }
  },
  loader: ({ context, params }) => context.queryClient.ensureQueryData(personFootprintQueryOptions(params.tenant, params.userId)),
  component: PersonPage,
})

function PersonPage() {
  const { tenant, userId } = Route.useParams()
  const { session } = Route.useRouteContext()
  const { data } = useSuspenseQuery(personFootprintQueryOptions(tenant, userId))
  return <PersonScreen tenant={tenant} footprint={data} canRunLeaver={can(session.operator.grants, tenant, 'people.leaver')} />
}
