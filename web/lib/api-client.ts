import { CSRF_HEADER } from '@contract/csrf'
import type { ApiErrorBody } from '@contract/errors'

/** A console API error as the SPA sees it: status, stable code, a message a person can act on. */
export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
    readonly retryAfterSeconds?: number,
  ) {
    super(message)
    this.name = 'ApiRequestError'
  }

  /** Field errors from a 400, keyed by field path. */
  get fieldErrors(): Record<string, string> {
    const fields = (this.details as { fields?: Array<{ path: string; message: string }> } | undefined)?.fields ?? []
    return Object.fromEntries(fields.map((field) => [field.path, field.message]))
  }
}

/** fetch for every console API call: same-origin cookies and the CSRF header the BFF requires. */
export const apiFetch: typeof fetch = (input, init) => {
  const headers = new Headers(init?.headers)
  headers.set(CSRF_HEADER, '1')
  return fetch(input, { ...init, headers, credentials: 'same-origin' })
}

async function toError(response: Response): Promise<ApiRequestError> {
  const retryAfter = Number(response.headers.get('retry-after')) || undefined
  try {
    const body = (await response.json()) as Partial<ApiErrorBody>
    if (body.error?.message) return new ApiRequestError(response.status, body.error.code, body.error.message, body.error.details, retryAfter)
  } catch {
    // Not our JSON error shape (a proxy page, a dropped connection): fall through to a generic message.
  }
  return new ApiRequestError(response.status, 'http_error', `The server answered ${response.status} ${response.statusText}.`.trim(), undefined, retryAfter)
}

/** Resolves a typed client response to its body, or throws ApiRequestError. */
export async function unwrap<T>(pending: Promise<{ ok: boolean; status: number; json(): Promise<T> }>): Promise<T> {
  let response
  try {
    response = await pending
  } catch {
    throw new ApiRequestError(0, 'network_error', 'The console server could not be reached. Check your connection and try again.')
  }
  if (!response.ok) throw await toError(response as unknown as Response)
  if (response.status === 204) return undefined as T
  return response.json()
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiRequestError && error.status === 401 && error.code === 'unauthenticated'
}
