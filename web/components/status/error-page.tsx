import { type ErrorComponentProps, useRouter } from '@tanstack/react-router'
import { Button } from '@/components/ui/button'
import { ApiRequestError } from '@/lib/api-client'
import { ForbiddenPage } from './forbidden-page'
import { NotFoundPage } from './not-found-page'
import { StatusPage } from './status-page'

/** What a route shows when its loader or component fails: 403/404 pages, or the error with a retry. */
export function ErrorPage({ error, reset }: ErrorComponentProps) {
  const router = useRouter()
  if (error instanceof ApiRequestError && error.status === 403) {
    const permission = (error.details as { permission?: string } | undefined)?.permission
    return <ForbiddenPage permission={permission} />
  }
  if (error instanceof ApiRequestError && error.status === 404) return <NotFoundPage />
  const retry = () => {
    reset()
    void router.invalidate()
  }
  return (
    <StatusPage code="Error" title="This page could not be shown" actions={<Button onClick={retry}>Try again</Button>}>
      <p>{error instanceof ApiRequestError ? error.message : 'Something went wrong in the console.'}</p>
      {!(error instanceof ApiRequestError) && (
        <pre className="bg-muted text-foreground mt-3 max-h-40 overflow-auto rounded-md p-3 text-left text-xs whitespace-pre-wrap">
          {error instanceof Error ? error.message : String(error)}
        </pre>
      )}
    </StatusPage>
  )
}
