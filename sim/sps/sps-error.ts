import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { parentHref } from './message-format'

// SPS errors: `{"error": {"type", "message", "details"}, "meta": {"href", "parent"}}`. The types
// the seeds and guides name are used as named (Unauthenticated, AuthenticationFailure,
// Unauthorized, NotFound, NoTransaction, SemanticError); the others are our choices (sps.md §4).

export type SpsErrorType =
  | 'Unauthenticated'
  | 'AuthenticationFailure'
  | 'Unauthorized'
  | 'NotFound'
  | 'NoTransaction'
  | 'ConfigurationLocked'
  | 'SemanticError'
  | 'SyntacticError'
  | 'MethodNotAllowed'
  | 'LengthRequired'

export interface SpsErrorBody {
  readonly error: { readonly type: SpsErrorType; readonly message: string; readonly details: Record<string, unknown> }
  readonly meta: { readonly href: string; readonly parent: string | null }
}

export function spsErrorBody(path: string, type: SpsErrorType, message: string, details: Record<string, unknown> = {}): SpsErrorBody {
  return { error: { type, message, details: { path, ...details } }, meta: { href: path, parent: parentHref(path) } }
}

export function spsError(
  c: Context,
  status: ContentfulStatusCode,
  type: SpsErrorType,
  message: string,
  details: Record<string, unknown> = {},
): Response {
  return c.json(spsErrorBody(canonicalPath(c.req.path), type, message, details), status)
}

/** Paths in answers drop the trailing slash clients may send (`/api/transaction/`). */
export function canonicalPath(path: string): string {
  return path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path
}

export const notFound = (c: Context): Response => spsError(c, 404, 'NotFound', 'The requested object does not exist.')

export function methodNotAllowed(c: Context, allowed: readonly string[]): Response {
  const response = spsError(c, 405, 'MethodNotAllowed', `Method ${c.req.method} is not allowed on this endpoint.`, { allowed: [...allowed] })
  response.headers.set('Allow', allowed.join(', '))
  return response
}

export interface FieldError {
  /** Dotted path inside the request body, e.g. `rules.0.allowed_for.clients`. */
  readonly field: string
  readonly message: string
}

export function semanticError(c: Context, message: string, errors: readonly FieldError[] = [], details: Record<string, unknown> = {}): Response {
  return spsError(c, 400, 'SemanticError', message, { ...(errors.length ? { errors: [...errors] } : {}), ...details })
}
