import { VENDOR_LABELS } from '../../../contract/connections'
import { ERROR_CODES } from '../../../contract/errors'
import { VendorApiError, vendorFailure } from '../http/vendor-errors'
import { readJson, type VendorResponse } from '../http/vendor-response'

/** Spring's problem JSON, the gateway's usual error body. */
interface ProblemJson {
  type?: string
  title?: string
  status?: number
  detail?: string
  instance?: string
}

function asProblem(value: unknown): ProblemJson | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null
  const record = value as Record<string, unknown>
  if (typeof record.title !== 'string' && typeof record.detail !== 'string') return null
  const pick = (key: string) => (typeof record[key] === 'string' ? { [key]: record[key] } : {})
  return { ...pick('type'), ...pick('title'), ...pick('detail'), ...pick('instance'), ...(typeof record.status === 'number' ? { status: record.status } : {}) }
}

/**
 * A failed gateway answer as a console error: problem JSON, or a bare JSON string (some 400s
 * are just `"User is not a Vendor Manager"`). Unknown ids stay 404 so screens can say so.
 */
export function swsError(response: VendorResponse): VendorApiError {
  const body = readJson(response)
  const problem = asProblem(body)
  const text = problem ? (problem.detail ?? problem.title ?? '') : typeof body === 'string' ? body : ''
  const vendor = problem ?? (typeof body === 'string' ? { message: body } : undefined)
  if (response.status === 404) return new VendorApiError(404, ERROR_CODES.notFound, `${VENDOR_LABELS.sws}: ${text || 'not found.'}`, vendor)
  if (response.status === 403) return vendorFailure('sws', `the service account may not do this (${text || 'Access Denied'}). Check its role.`, vendor)
  return vendorFailure('sws', text ? `${text} (HTTP ${response.status})` : `answered HTTP ${response.status}.`, vendor)
}
