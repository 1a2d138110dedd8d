import type { SpsChannelPolicy, SpsChannelPolicyList, SpsChannelProtocol, SpsTimePolicy, SpsTimePolicyList } from '../../../contract/sps-policies'
import { VendorApiError } from '../http/vendor-errors'
import type { SpsConnection } from './sps-connection'
import { parseKeyListing, referencedTimePolicyKeys, toChannelPolicy, toTimePolicy } from './sps-policies-wire'

// Read-only SPS policies through the connection-wide read session (never a transaction). SPS
// lists collections as keys only, so a list is one GET for the keys and one per object.

export const TIME_POLICIES_PATH = '/api/configuration/policies/time_policies'
export const channelPoliciesPath = (protocol: SpsChannelProtocol) => `/api/configuration/${protocol}/channel_policies`
const objectPath = (collection: string, key: string) => `${collection}/${encodeURIComponent(key)}`

/** More than any appliance holds in practice; a cap so a broken listing cannot fan out without end. */
const MAX_POLICIES = 500

async function readAll(sps: SpsConnection, collection: string, what: string, requestId?: string): Promise<unknown[]> {
  const keys = parseKeyListing(await sps.read(collection, undefined, requestId), what).slice(0, MAX_POLICIES)
  // The connection's concurrency cap queues these; order follows SPS's listing.
  return Promise.all(keys.map((key) => sps.read(objectPath(collection, key), undefined, requestId)))
}

export async function listSpsTimePolicies(sps: SpsConnection, requestId?: string): Promise<SpsTimePolicyList> {
  const items = (await readAll(sps, TIME_POLICIES_PATH, 'time policy', requestId)).map(toTimePolicy)
  return { items, total: items.length, page: 1, pageSize: items.length }
}

export async function readSpsTimePolicy(sps: SpsConnection, key: string, requestId?: string): Promise<SpsTimePolicy> {
  return toTimePolicy(await sps.read(objectPath(TIME_POLICIES_PATH, key), undefined, requestId))
}

/** Names of the given time policies; one that cannot be read (deleted, no privilege) stays unnamed. */
async function timePolicyNames(sps: SpsConnection, keys: readonly string[], requestId?: string): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  await Promise.all(
    keys.map(async (key) => {
      try {
        names.set(key, (await readSpsTimePolicy(sps, key, requestId)).name)
      } catch (error) {
        if (!(error instanceof VendorApiError) || error.status !== 404) throw error
      }
    }),
  )
  return names
}

export async function listSpsChannelPolicies(sps: SpsConnection, protocol: SpsChannelProtocol, requestId?: string): Promise<SpsChannelPolicyList> {
  const raw = await readAll(sps, channelPoliciesPath(protocol), `${protocol.toUpperCase()} channel policy`, requestId)
  const names = await timePolicyNames(sps, [...new Set(raw.flatMap(referencedTimePolicyKeys))], requestId)
  const items = raw.map((value) => toChannelPolicy(value, protocol, (key) => names.get(key) ?? null))
  return { items, total: items.length, page: 1, pageSize: items.length }
}

export async function readSpsChannelPolicy(sps: SpsConnection, protocol: SpsChannelProtocol, key: string, requestId?: string): Promise<SpsChannelPolicy> {
  const raw = await sps.read(objectPath(channelPoliciesPath(protocol), key), undefined, requestId)
  const names = await timePolicyNames(sps, referencedTimePolicyKeys(raw), requestId)
  return toChannelPolicy(raw, protocol, (key) => names.get(key) ?? null)
}
