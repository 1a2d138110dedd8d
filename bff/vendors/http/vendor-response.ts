import type { IncomingHttpHeaders } from 'node:http'

/** A vendor's answer as the adapters see it. */
export interface VendorResponse {
  status: number
  headers: IncomingHttpHeaders
  text: string
  /** The write's answer was lost, but a read showed it took effect; `text` is then empty. */
  confirmedByCheck: boolean
  requestId: string
}

/** The body as JSON, or undefined when it is empty or not JSON. */
export function readJson(response: VendorResponse): unknown {
  if (response.text.trim() === '') return undefined
  try {
    return JSON.parse(response.text) as unknown
  } catch {
    return undefined
  }
}

export function headerValue(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name.toLowerCase()]
  return Array.isArray(value) ? value[0] : value
}
