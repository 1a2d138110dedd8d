import { SWS_DATA_CENTERS, type SwsDataCenter } from '../../../contract/connections'

/** Where a connection points: a data center (api.<suffix>, auth.<suffix>), or custom addresses (a proxy, or the simulator). */
export type SwsLocation = { dataCenter: SwsDataCenter } | { baseUrl: string; authBaseUrl?: string }

export interface SwsEndpoints {
  /** API origin, e.g. https://api.alero.eu */
  apiBaseUrl: string
  /** Token realm origin, e.g. https://auth.alero.eu */
  authBaseUrl: string
  /** The realm URL: the audience of a private-key assertion. */
  realmUrl: string
  tokenUrl: string
}

const REALM_PATH = '/auth/realms/serviceaccounts'

export function resolveSwsEndpoints(location: SwsLocation): SwsEndpoints {
  const apiBaseUrl = 'dataCenter' in location ? `https://api.${SWS_DATA_CENTERS[location.dataCenter].suffix}` : location.baseUrl.replace(/\/+$/, '')
  // A custom gateway serves its realm on the same origin unless told otherwise.
  const authBaseUrl =
    'dataCenter' in location ? `https://auth.${SWS_DATA_CENTERS[location.dataCenter].suffix}` : (location.authBaseUrl ?? new URL(location.baseUrl).origin).replace(/\/+$/, '')
  const realmUrl = `${authBaseUrl}${REALM_PATH}`
  return { apiBaseUrl, authBaseUrl, realmUrl, tokenUrl: `${realmUrl}/protocol/openid-connect/token` }
}

/** `/v2-edge` by default; always one leading slash and no trailing one. */
export function normalisePathPrefix(prefix: string | undefined): string {
  const trimmed = (prefix ?? '/v2-edge').trim().replace(/^\/+|\/+$/g, '')
  return trimmed === '' ? '' : `/${trimmed}`
}
