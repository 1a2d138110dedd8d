import { createFileRoute } from '@tanstack/react-router'
import { searchPage } from '@/components/data-table/table-search-params'
import { ImportsScreen } from '@/features/identity-imports/components/imports-screen'

export const Route = createFileRoute('/_authed/t/$tenant/identity/imports/')({
  validateSearch: (raw: Record<string, unknown>): { page?: number } => ({ page: searchPage(raw.page) }),
  component: ImportsPage,
})

function ImportsPage() {
  const { tenant } = Route.useParams()
  const { page } = Route.useSearch()
  const navigate = Route.useNavigate()
  return <ImportsScreen tenant={tenant} page={page ?? 1} onPageChange={(next) => void navigate({ search: { page: next === 1 ? undefined : next } })} />
}
