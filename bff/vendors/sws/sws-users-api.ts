import type { SwsUserDetail, SwsUserStatus, SwsUserSummary } from '../../../contract/sws-users'
import { validationFailed } from '../../http/api-error'
import { VendorApiError } from '../http/vendor-errors'
import type { SwsClient } from './sws-client'
import { SWS_RESULT_WINDOW } from './sws-time-window-pager'
import { toSwsUserDetail, toSwsUserSummary } from './sws-users-wire'
import { wireCount, wireList } from './sws-wire-values'

// Operations 7–10 of seed 000: list (with the `name` search), get, set status, delete.

const userPath = (userId: string) => `/sws/users/${encodeURIComponent(userId)}`

export async function listSwsUsers(
  sws: SwsClient,
  query: { q?: string; offset: number; limit: number },
  requestId?: string,
): Promise<{ items: SwsUserSummary[]; total: number | null }> {
  // The user list has no time to page by, so the gateway's result window is a hard limit.
  if (query.offset + query.limit > SWS_RESULT_WINDOW) {
    throw validationFailed([{ path: 'page', message: `The SWS API lists only the first ${SWS_RESULT_WINDOW.toLocaleString('en')} users of a search. Narrow the search to see the rest.` }])
  }
  const body = await sws.get('/sws/users/', { ...(query.q ? { name: query.q } : {}), offset: query.offset, limit: query.limit }, requestId)
  const items = wireList(body, 'users', 'user').map(toSwsUserSummary)
  return { items, total: wireCount((body as { totalCount?: unknown }).totalCount) }
}

export async function getSwsUser(sws: SwsClient, userId: string, requestId?: string): Promise<SwsUserDetail> {
  return toSwsUserDetail(await sws.get(userPath(userId), undefined, requestId))
}

const isNotFound = (error: unknown) => error instanceof VendorApiError && error.status === 404

/** PUT `…/users/{id}/status` with the bare JSON string the gateway expects; a retry first checks whether it took. */
export async function setSwsUserStatus(sws: SwsClient, userId: string, status: SwsUserStatus, requestId?: string): Promise<void> {
  await sws.put(`${userPath(userId)}/status`, status, {
    ...(requestId ? { requestId } : {}),
    checkApplied: async () => (await getSwsUser(sws, userId, requestId)).status === status,
  })
}

/** DELETE removes the user from the SWS tenant only, not from CyberArk Identity. */
export async function deleteSwsUser(sws: SwsClient, userId: string, requestId?: string): Promise<void> {
  await sws.delete(userPath(userId), {
    ...(requestId ? { requestId } : {}),
    checkApplied: async () => {
      try {
        await getSwsUser(sws, userId, requestId)
        return false
      } catch (error) {
        if (isNotFound(error)) return true
        throw error
      }
    },
  })
}
