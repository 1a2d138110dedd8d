import { E2E_SIMULATORS } from '../../playwright.config'

// What the Identity simulator holds, for checking a journey's outcome.

export interface SimIdentityUser {
  Uuid: string
  Name: string
  Mail: string | null
  internal: { organizationId: string | null }
}

/** Every user the simulator holds, a page at a time. */
export async function simIdentityUsers(): Promise<SimIdentityUser[]> {
  const users: SimIdentityUser[] = []
  for (let offset = 0; ; offset += 1000) {
    const response = await fetch(`${E2E_SIMULATORS.identity}/__sim/collections/users?offset=${offset}&limit=1000`)
    const body = (await response.json()) as { items: SimIdentityUser[] }
    users.push(...body.items)
    if (body.items.length < 1000) return users
  }
}

export async function simOrganizations(): Promise<Array<{ ID: string; Name: string; Description: string | null }>> {
  const response = await fetch(`${E2E_SIMULATORS.identity}/__sim/collections/organizations?limit=1000`)
  return ((await response.json()) as { items: Array<{ ID: string; Name: string; Description: string | null }> }).items
}

/** Adds a fault rule to the Identity simulator; answers its id, to remove it afterwards. */
export async function addIdentityFault(rule: Record<string, unknown>): Promise<string> {
  const response = await fetch(`${E2E_SIMULATORS.identity}/__sim/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(rule) })
  if (!response.ok) throw new Error(`adding the fault answered ${response.status}: ${await response.text()}`)
  const body = (await response.json()) as { added: Array<{ id: string }> }
  const id = body.added[0]?.id
  if (!id) throw new Error('the simulator added no fault rule')
  return id
}

export async function removeIdentityFault(id: string): Promise<void> {
  await fetch(`${E2E_SIMULATORS.identity}/__sim/faults/${encodeURIComponent(id)}`, { method: 'DELETE' })
}

export async function identityFaultHits(id: string): Promise<number> {
  const response = await fetch(`${E2E_SIMULATORS.identity}/__sim/faults`)
  const body = (await response.json()) as { faults: Array<{ id: string; hits: number }> }
  return body.faults.find((rule) => rule.id === id)?.hits ?? 0
}
