/** Every console API error has this body; the HTTP status means what it says. */
export interface ApiErrorBody {
  error: {
    code: string
    message: string
    details?: unknown
    vendor?: unknown
  }
}

export const ERROR_CODES = {
  validation: 'validation_failed',
  unauthenticated: 'unauthenticated',
  invalidCredentials: 'invalid_credentials',
  forbidden: 'forbidden',
  notFound: 'not_found',
  conflict: 'conflict',
  throttled: 'too_many_requests',
  csrf: 'csrf_rejected',
  vendor: 'vendor_error',
  vendorTimeout: 'vendor_timeout',
  internal: 'internal_error',
} as const

/** A field-level validation problem, with the field's path in the request. */
export interface FieldIssue {
  path: string
  message: string
}
