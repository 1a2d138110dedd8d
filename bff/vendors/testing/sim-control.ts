// The simulators' /__sim control surface (no vendor has it): reset, faults, token expiry, state.

/** A /__sim request; the parsed JSON answer. */
export async function simJson(baseUrl: string, path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json', ...init.headers } })
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${path} → ${response.status}: ${await response.text()}`)
  const text = await response.text()
  return text === '' ? null : (JSON.parse(text) as unknown)
}

export interface FaultRule {
  kind: 'latency' | 'too-many-requests' | 'server-error' | 'drop-connection' | 'hang' | 'expire-tokens'
  pathPrefix?: string
  method?: string
  times?: number
  share?: number
  status?: number
  retryAfterSeconds?: number
  latencyMs?: number
}

export const resetSimulator = (baseUrl: string) => simJson(baseUrl, '/__sim/reset', { method: 'POST' })

export const addFaults = (baseUrl: string, ...faults: FaultRule[]) =>
  simJson(baseUrl, '/__sim/faults', { method: 'POST', body: JSON.stringify({ faults }) })

export const expireTokens = (baseUrl: string) => simJson(baseUrl, '/__sim/tokens/expire', { method: 'POST' })

/** How many requests the simulator saw for `METHOD /path` since its last reset (paths match in any case, as Identity's do). */
export async function requestCount(baseUrl: string, route: string): Promise<number> {
  const state = (await simJson(baseUrl, '/__sim/state')) as { requests?: { byRoute?: Record<string, number> } }
  const wanted = route.toLowerCase()
  return Object.entries(state.requests?.byRoute ?? {}).reduce((sum, [key, count]) => (key.toLowerCase() === wanted ? sum + count : sum), 0)
}

export async function collection<T>(baseUrl: string, name: string): Promise<T[]> {
  const body = (await simJson(baseUrl, `/__sim/collections/${name}?limit=1000`)) as { items?: T[] } | T[]
  return Array.isArray(body) ? body : (body.items ?? [])
}
