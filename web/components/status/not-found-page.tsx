import { Link } from '@tanstack/react-router'
import { Button } from '@/components/ui/button'
import { isForbiddenData } from '@/lib/route-guards'
import { ForbiddenPage } from './forbidden-page'
import { StatusPage } from './status-page'

// Props typed loosely on purpose: the router's NotFoundRouteProps type refers back to the router type.
export function NotFoundPage(props: { data?: unknown }) {
  if (isForbiddenData(props.data)) return <ForbiddenPage {...props.data.forbidden} />
  return (
    <StatusPage
      code="404"
      title="Page not found"
      actions={
        <Button asChild>
          <Link to="/">Go to the start page</Link>
        </Button>
      }
    >
      There is nothing at this address. It may have been mistyped, or the item it pointed to no longer exists.
    </StatusPage>
  )
}
