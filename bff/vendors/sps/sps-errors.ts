import { VENDOR_LABELS } from '../../../contract/connections'
import { ERROR_CODES } from '../../../contract/errors'
import { VendorApiError, vendorFailure } from '../http/vendor-errors'
import { readJson, type VendorResponse } from '../http/vendor-response'

/** SPS's error body: `{"error": {"type", "message", "details"}, "meta": {…}}`. */
export interface SpsErrorBody {
  type: string
  message: string
  details?: unknown
}

export const SPS_LOCKED_MESSAGE = 'The SPS configuration is locked by another administrator; try again when they have committed or discarded.'

export function asSpsError(value: unknown): SpsErrorBody | null {
  if (typeof value !== 'object' || value === null || !('error' in value)) return null
  const error = value.error
  if (typeof error !== 'object' || error === null || !('type' in error) || typeof error.type !== 'string') return null
  const message = 'message' in error && typeof error.message === 'string' ? error.message : ''
  return { type: error.type, message, ...('details' in error ? { details: error.details } : {}) }
}

/** A failed SPS answer as a console error, by SPS's `error.type`; SPS's own words are kept. */
export function spsError(response: VendorResponse): VendorApiError {
  const body = asSpsError(readJson(response))
  if (!body) return vendorFailure('sps', `answered HTTP ${response.status}.`)
  const said = body.message ? ` (${body.message})` : ''
  switch (body.type) {
    case 'ConfigurationLocked':
      // Another operator's SPS session holds the transaction: never merge, let them finish.
      return new VendorApiError(409, ERROR_CODES.conflict, SPS_LOCKED_MESSAGE, body)
    case 'NoTransaction':
      return new VendorApiError(409, ERROR_CODES.conflict, 'SPS has no open transaction for this change; it may have timed out. Start the change again.', body)
    case 'NotFound':
      return new VendorApiError(404, ERROR_CODES.notFound, `${VENDOR_LABELS.sps}: not found${said}.`, body)
    case 'SemanticError':
      return new VendorApiError(400, ERROR_CODES.validation, `${VENDOR_LABELS.sps} refused the change${said}.`, body)
    case 'AuthenticationFailure':
      return vendorFailure('sps', 'refused the username or password of this connection.', body)
    case 'Unauthorized':
      return vendorFailure('sps', `the connection's SPS user lacks the privilege for this${said}.`, body)
    default:
      return vendorFailure('sps', `${body.type}${said}`, body)
  }
}
