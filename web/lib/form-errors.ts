import type { FieldValues, Path, UseFormSetError } from 'react-hook-form'
import { ApiRequestError } from './api-client'

/**
 * Puts the BFF's field errors (400 with field paths) beside their fields. Returns the message for
 * a form-level alert when the error is not about particular fields.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, setError: UseFormSetError<T>, fields: ReadonlyArray<Path<T>>): string | null {
  if (error instanceof ApiRequestError) {
    const byField = Object.entries(error.fieldErrors)
    const known = byField.filter(([path]) => fields.some((field) => path === field || path.startsWith(`${field}.`)))
    for (const [path, message] of known) setError(path.split('.')[0] as Path<T>, { message })
    if (known.length > 0 && known.length === byField.length) return null
  }
  return error instanceof Error ? error.message : 'Something went wrong. Try again.'
}
