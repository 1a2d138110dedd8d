import type { z } from 'zod'
import type { FieldError } from '../sps-error'

// Request bodies are checked with zod object schemas, which drop keys they do not know — as SPS
// "ignores any unrecognized or nonexistent keys" — and report missing fields, so empty fields
// must be sent ("You have to include empty fields in the object as well").

export type SchemaOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldError[] }

export function checkBody<S extends z.ZodType>(schema: S, body: unknown): SchemaOutcome<z.infer<S>> {
  const result = schema.safeParse(body)
  if (result.success) return { ok: true, value: result.data }
  return {
    ok: false,
    errors: result.error.issues.map((issue) => ({ field: issue.path.map(String).join('.') || '(body)', message: issue.message })),
  }
}

export const INVALID_FIELDS_MESSAGE = 'The request body has missing or invalid fields.'

/** A reference in a request is the referenced object's key, not the `{key, meta}` an answer shows. */
export const REFERENCE_MESSAGE = 'expected the key of the referenced object (a string), not an embedded object'
