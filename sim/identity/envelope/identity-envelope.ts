import { randomBytes, randomUUID } from 'node:crypto'

/**
 * The envelope every Identity (non-SCIM, non-OAuth) endpoint answers with. Application errors
 * come as HTTP 200 with `success: false`; clients throw on that using Message and ErrorID.
 */
export interface IdentityEnvelope {
  readonly success: boolean
  readonly Result: unknown
  readonly Message: string | null
  readonly MessageID: string | null
  readonly Exception: string | null
  readonly ErrorID: string | null
  readonly ErrorCode: string | null
  readonly IsSoftError: boolean
  readonly InnerExceptions: null
}

export function successEnvelope(result: unknown): IdentityEnvelope {
  return {
    success: true,
    Result: result === undefined ? null : result,
    Message: null,
    MessageID: null,
    Exception: null,
    ErrorID: null,
    ErrorCode: null,
    IsSoftError: false,
    InnerExceptions: null,
  }
}

export interface FailureDetails {
  /** .NET exception type the message is attributed to, e.g. `System.ArgumentException`. */
  readonly exceptionType?: string
}

const DEFAULT_EXCEPTION_TYPE = 'System.InvalidOperationException'

/**
 * A failure as the vendor writes it: MessageID `_I18N_<exception type>`, the exception's text,
 * and an ErrorID of the observed `<guid>:<32 hex>` form (random: it is a support reference).
 */
export function failureEnvelope(message: string, details: FailureDetails = {}): IdentityEnvelope {
  const exceptionType = details.exceptionType ?? DEFAULT_EXCEPTION_TYPE
  return {
    success: false,
    Result: null,
    Message: message,
    MessageID: `_I18N_${exceptionType}`,
    Exception: `${exceptionType}: ${message}`,
    ErrorID: `${randomUUID()}:${randomBytes(16).toString('hex')}`,
    ErrorCode: null,
    IsSoftError: false,
    InnerExceptions: null,
  }
}
