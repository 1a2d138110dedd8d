import type { Hono } from 'hono'
import { hc } from 'hono/client'
import { apiFetch } from './api-client'

/**
 * A typed client for one BFF route module under `/api/t/:tenant/<path>`, built once per tenant:
 * list screens ask per visible row, and rebuilding the client each time showed in profiles.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the route module's own types flow through T, as in hc itself
export function tenantApiClient<T extends Hono<any, any, any>>(path: string): (tenant: string) => ReturnType<typeof hc<T>> {
  const clients = new Map<string, ReturnType<typeof hc<T>>>()
  return (tenant) => {
    let client = clients.get(tenant)
    if (!client) {
      client = hc<T>(`/api/t/${encodeURIComponent(tenant)}/${path}`, { fetch: apiFetch })
      clients.set(tenant, client)
    }
    return client
  }
}
