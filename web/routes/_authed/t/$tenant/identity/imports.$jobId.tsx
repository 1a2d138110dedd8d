import { IMPORT_PAGE_SIZES, IMPORT_ROW_FILTERS, type ImportRowFilter } from '@contract/identity-imports-search'
import { createFileRoute } from '@tanstack/react-router'
import { searchOneOf, searchPage } from '@/components/data-table/table-search-params'
import { importJobQueryOptions } from '@/features/identity-imports/api/import-queries'
import { ImportJobScreen } from '@/features/identity-imports/components/import-job-screen'

interface ImportJobSearch {
  status?: ImportRowFilter
  page?: number
  pageSize?: (typeof IMPORT_PAGE_SIZES)[number]
}

export const Route = createFileRoute('/_authed/t/$tenant/identity/imports/$jobId')({
  validateSearch: (raw: Record<string, unknown>): ImportJobSearch => ({
    status: searchOneOf(raw.status, IMPORT_ROW_FILTERS),
    page: searchPage(raw.page),
    pageSize: searchOneOf(raw.pageSize, IMPORT_PAGE_SIZES),
  }),
  loader: async ({ context, params }) => {
    await context.queryClient.ensureQueryData(importJobQueryOptions(params.tenant, params.jobId)).catch(() => undefined)
  },
  component: ImportJobPage,
})

function ImportJobPage() {
  const { tenant, jobId } = Route.useParams()
  const search = Route.useSearch()
  const navigate = Route.useNavigate()
  const { session } = Route.useRouteContext()
  return (
    <ImportJobScreen
      tenant={tenant}
      jobId={jobId}
      session={session}
      view={{ status: search.status ?? 'all', page: search.page ?? 1, pageSize: search.pageSize ?? 50 }}
      onViewChange={(change) =>
        void navigate({
          search: (previous) => ({
            ...previous,
            ...change,
            status: (change.status ?? previous.status) === 'all' ? undefined : (change.status ?? previous.status),
            page: (change.page ?? previous.page) === 1 ? undefined : (change.page ?? previous.page),
          }),
          replace: change.status === undefined,
        })
      }
    />
  )
}
