import { Link } from '@tanstack/react-router'
import { Button } from '@/components/ui/button'
import { StatusPage } from './status-page'

export function ForbiddenPage({ permission, message }: { permission?: string; message?: string }) {
  return (
    <StatusPage
      code="403"
      title="You do not have access to this"
      actions={
        <Button asChild variant="outline">
          <Link to="/">Go to the start page</Link>
        </Button>
      }
    >
      <p>{message ?? `Your role does not allow this${permission ? ' screen' : ''}.`}</p>
      {permission && (
        <p className="mt-2">
          Missing permission: <code className="bg-muted text-foreground rounded px-1.5 py-0.5 font-mono text-xs">{permission}</code>
        </p>
      )}
      <p className="mt-2">Ask a Gatehouse admin to grant you a role that includes it.</p>
    </StatusPage>
  )
}
