import { CircleAlert, RotateCw } from 'lucide-react'
import { Alert, AlertDescription, AlertTitle } from '@/components/ui/alert'
import { Button } from '@/components/ui/button'
import { ApiRequestError } from '@/lib/api-client'

/** Why the list could not be loaded, each bad field named, and a way to try again. */
export function DataTableError(props: { error: unknown; onRetry?: () => void }) {
  const { error } = props
  const message = error instanceof Error ? error.message : 'The list could not be loaded.'
  const fields = error instanceof ApiRequestError ? Object.entries(error.fieldErrors) : []
  return (
    <Alert variant="destructive">
      <CircleAlert aria-hidden />
      <AlertTitle>The list could not be loaded</AlertTitle>
      <AlertDescription>
        <p>{message}</p>
        {fields.length > 0 && (
          <ul className="list-disc pl-5">
            {fields.map(([path, fieldMessage]) => (
              <li key={path}>
                {path ? <span className="font-medium">{path}: </span> : null}
                {fieldMessage}
              </li>
            ))}
          </ul>
        )}
        {props.onRetry && (
          <Button variant="outline" size="sm" className="mt-2" onClick={props.onRetry}>
            <RotateCw aria-hidden />
            Try again
          </Button>
        )}
      </AlertDescription>
    </Alert>
  )
}
