import { VENDOR_LABELS, type Vendor } from '../../../contract/connections'
import { ERROR_CODES, type ApiErrorBody } from '../../../contract/errors'
import { ApiError } from '../../http/api-error'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Which vendor API an adapter speaks; named in logs and error messages. */
export type VendorName = Vendor

/**
 * A console error caused by a vendor. `vendor` carries what the vendor said (only after its
 * body parsed as that vendor's error format), so the console can show it next to our words.
 */
export class VendorApiError extends ApiError {
  constructor(
    status: ContentfulStatusCode,
    code: string,
    message: string,
    readonly vendor: unknown,
    headers: Record<string, string> = {},
  ) {
    super(status, code, message, undefined, headers)
  }

  override toBody(): ApiErrorBody {
    const body = super.toBody()
    return this.vendor === undefined ? body : { error: { ...body.error, vendor: this.vendor } }
  }
}

export const vendorFailure = (vendor: VendorName, message: string, vendorSaid?: unknown) =>
  new VendorApiError(502, ERROR_CODES.vendor, `${VENDOR_LABELS[vendor]}: ${message}`, vendorSaid)

export const vendorTimeout = (vendor: VendorName, timeoutMs: number) =>
  new VendorApiError(504, ERROR_CODES.vendorTimeout, `${VENDOR_LABELS[vendor]} did not answer within ${Math.round(timeoutMs / 100) / 10} s.`, undefined)

export const vendorUnreachable = (vendor: VendorName, reason: string) =>
  new VendorApiError(502, ERROR_CODES.vendor, `${VENDOR_LABELS[vendor]} could not be reached (${reason}).`, undefined)

export const vendorTooManyRequests = (vendor: VendorName, retryAfterSeconds: number) =>
  new VendorApiError(
    429,
    ERROR_CODES.throttled,
    `${VENDOR_LABELS[vendor]} is limiting requests; try again in ${retryAfterSeconds} s.`,
    undefined,
    { 'Retry-After': String(retryAfterSeconds) },
  )
