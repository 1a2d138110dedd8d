// An application error an Identity endpoint reports in its envelope (HTTP 200, success: false).
// Handlers throw it; the action wrapper turns it into the envelope.

export const EXCEPTION_TYPES = {
  argument: 'System.ArgumentException',
  invalidOperation: 'System.InvalidOperationException',
  notFound: 'System.Collections.Generic.KeyNotFoundException',
  unauthorized: 'System.UnauthorizedAccessException',
  format: 'System.FormatException',
} as const

export type IdentityErrorKind = keyof typeof EXCEPTION_TYPES

export class IdentityApiError extends Error {
  readonly kind: IdentityErrorKind

  constructor(message: string, kind: IdentityErrorKind = 'invalidOperation') {
    super(message)
    this.kind = kind
  }

  get exceptionType(): string {
    return EXCEPTION_TYPES[this.kind]
  }
}

export function badArgument(message: string): IdentityApiError {
  return new IdentityApiError(message, 'argument')
}

export function notFound(message: string): IdentityApiError {
  return new IdentityApiError(message, 'notFound')
}
