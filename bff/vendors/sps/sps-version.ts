import { vendorFailure } from '../http/vendor-errors'

/** What /api/info says, and which transaction shape follows from it. */
export interface SpsInfo {
  version: string
  firmwareVersion: string | null
  /**
   * `classic` (5.7/6.0): changes need an explicitly opened transaction and the status sits under
   * `transaction`. `seven` (7.x): the first change opens one, the status sits under `body` with
   * `commit_message`, and a commit may need a message.
   */
  shape: 'classic' | 'seven'
}

export function parseSpsInfo(value: unknown): SpsInfo {
  const body = typeof value === 'object' && value !== null && 'body' in value ? value.body : undefined
  const version = typeof body === 'object' && body !== null && 'version' in body && typeof body.version === 'string' ? body.version : null
  if (!version) throw vendorFailure('sps', 'answered /api/info without a version.')
  const firmware = typeof body === 'object' && body !== null && 'firmware_version' in body && typeof body.firmware_version === 'string' ? body.firmware_version : null
  const major = Number.parseInt(version, 10)
  return { version, firmwareVersion: firmware, shape: Number.isFinite(major) && major >= 7 ? 'seven' : 'classic' }
}

/** `open` or `closed` from either shape of the transaction status. */
export function transactionStatusOf(value: unknown): 'open' | 'closed' | null {
  if (typeof value !== 'object' || value === null) return null
  const holder = 'transaction' in value ? value.transaction : 'body' in value ? value.body : null
  const status = typeof holder === 'object' && holder !== null && 'status' in holder ? holder.status : null
  return status === 'open' || status === 'closed' ? status : null
}
