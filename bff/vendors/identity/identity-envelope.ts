import { VENDOR_LABELS } from '../../../contract/connections'
import { ERROR_CODES } from '../../../contract/errors'
import { VendorApiError, vendorFailure } from '../http/vendor-errors'
import { readJson, type VendorResponse } from '../http/vendor-response'

/** Identity's answer to (almost) every call: `{ success, Result, Message, ErrorID, … }`. */
export interface IdentityEnvelope {
  success: boolean
  Result?: unknown
  Message?: string | null
  MessageID?: string | null
  ErrorID?: string | null
}

export function asIdentityEnvelope(value: unknown): IdentityEnvelope | null {
  if (typeof value !== 'object' || value === null || !('success' in value)) return null
  return typeof value.success === 'boolean' ? (value as IdentityEnvelope) : null
}

/** What the console passes on from a failed envelope: the vendor's own words and error id. */
function vendorPart(envelope: IdentityEnvelope) {
  return { Message: envelope.Message ?? null, ErrorID: envelope.ErrorID ?? null, MessageID: envelope.MessageID ?? null }
}

/**
 * The `Result` of a successful call. `success:false` (Identity answers it with HTTP 200) and
 * any non-2xx become console errors; the vendor's text is kept only when it parsed as an envelope.
 */
export function unwrapIdentityEnvelope(response: VendorResponse): unknown {
  const envelope = asIdentityEnvelope(readJson(response))
  const ok = response.status >= 200 && response.status < 300
  if (ok && envelope?.success) return envelope.Result ?? null
  if (ok && !envelope) throw vendorFailure('identity', 'answered in an unexpected format.')
  if (envelope && envelope.success === false) {
    const message = envelope.Message?.trim() || 'reported an error without a message.'
    const status = response.status === 404 ? 404 : 502
    throw new VendorApiError(status, status === 404 ? ERROR_CODES.notFound : ERROR_CODES.vendor, `${VENDOR_LABELS.identity}: ${message}`, vendorPart(envelope))
  }
  throw vendorFailure('identity', `answered HTTP ${response.status}.`)
}

/** Identity reports an unknown id as a .NET KeyNotFoundException in its envelope (HTTP 200). */
export function isIdentityNotFound(error: unknown): boolean {
  if (!(error instanceof VendorApiError)) return false
  if (error.status === 404) return true
  const messageId = (error.vendor as { MessageID?: unknown } | undefined)?.MessageID
  return typeof messageId === 'string' && messageId.includes('KeyNotFoundException')
}
