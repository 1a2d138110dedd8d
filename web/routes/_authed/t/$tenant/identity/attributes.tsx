import { can } from '@contract/roles'
import { createFileRoute } from '@tanstack/react-router'
import { attributeSchemaQueryOptions } from '@/features/identity-attributes/api/attribute-schema-queries'
import { AttributesScreen } from '@/features/identity-attributes/components/attributes-screen'
import { guardScreen } from '@/lib/route-guards'

export const Route = createFileRoute('/_authed/t/$tenant/identity/attributes')({
  beforeLoad: guardScreen('identity.attributes'),
  // A failed read is shown by the screen, with a retry, rather than by the route's error page.
  loader: async ({ context, params }) => {
    await context.queryClient.ensureQueryData(attributeSchemaQueryOptions(params.tenant)).catch(() => undefined)
  },
  component: AttributesPage,
})

function AttributesPage() {
  const { tenant } = Route.useParams()
  const { session } = Route.useRouteContext()
  return <AttributesScreen tenant={tenant} canWrite={can(session.operator.grants, tenant, 'identity.users.write')} />
}
