import { VendorApiError } from '../http/vendor-errors'
import type { SwsClient } from './sws-client'

/**
 * Which API serves a session and its steps. The newer sessions API where the gateway has it;
 * tenants whose gateway predates GetSessions answer those paths 404 and only have recordings.
 */
export type SwsStepsApi = 'sessions' | 'recordings'

/** How long a tenant's answer is trusted before the sessions API is tried again (gateways get upgraded). */
const REMEMBER_MS = 10 * 60_000

const known = new WeakMap<SwsClient, { api: SwsStepsApi; until: number }>()

export function isNotFound(error: unknown): boolean {
  return error instanceof VendorApiError && error.status === 404
}

export function rememberedApi(client: SwsClient, now = Date.now()): SwsStepsApi {
  const entry = known.get(client)
  return entry && entry.until > now ? entry.api : 'sessions'
}

export function rememberApi(client: SwsClient, api: SwsStepsApi, now = Date.now()): void {
  known.set(client, { api, until: now + REMEMBER_MS })
}

/**
 * Runs `read` with the API this tenant has: when the sessions API answers 404 (an unmapped path
 * on a recordings-only tenant, or an unknown id) the recordings API is asked; if that answers,
 * the tenant is remembered as recordings-only. A 404 from both is the session's own 404.
 */
export async function withStepsApi<T>(client: SwsClient, read: (api: SwsStepsApi) => Promise<T>): Promise<T> {
  const first = rememberedApi(client)
  try {
    const result = await read(first)
    rememberApi(client, first)
    return result
  } catch (error) {
    if (!isNotFound(error)) throw error
    const other: SwsStepsApi = first === 'sessions' ? 'recordings' : 'sessions'
    try {
      const result = await read(other)
      rememberApi(client, other)
      return result
    } catch (second) {
      // Both 404: the session is unknown; report the newer API's answer.
      if (isNotFound(second)) throw first === 'sessions' ? error : second
      throw second
    }
  }
}

/** The steps list of a session on the given API. */
export function stepsPath(api: SwsStepsApi, sessionId: string): string {
  const id = encodeURIComponent(sessionId)
  return api === 'sessions' ? `/sws/sessions/${id}/steps` : `/sws/recordings/${id}`
}
