import { AlertCircle } from 'lucide-react'
import { Alert, AlertDescription } from '@/components/ui/alert'

/** A form-level failure (not about one field), shown above the fields. */
export function FormErrorAlert({ message }: { message: string | null | undefined }) {
  if (!message) return null
  return (
    <Alert variant="destructive">
      <AlertCircle aria-hidden />
      <AlertDescription>{message}</AlertDescription>
    </Alert>
  )
}
