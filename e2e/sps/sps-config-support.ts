import type { APIRequestContext, Page } from '@playwright/test'
import { E2E_ORIGIN } from '../../playwright.config'
import { spawnSimulators, type SpawnedSimulators } from '../../bff/vendors/testing/spawned-simulators'
import { uniqueName } from '../support/api'
import { apiWriteHeaders, expect } from '../support/fixtures'

// SPS configuration journeys change the appliance's configuration and hold its configuration
// lock, so they never use the shared journey simulators: each version gets a simulator process
// of its own (free ports) and a tenant of its own whose SPS connection points at it.

export interface OwnSps {
  sims: SpawnedSimulators
  url: string
  tenantId: string
}

export async function startOwnSps(request: APIRequestContext, version: '6.0.7' | '7.0.5'): Promise<OwnSps> {
  const sims = await spawnSimulators()
  if (version !== '6.0.7') await simJson(sims.sps, '/__sim/sps', { method: 'PUT', body: JSON.stringify({ version }) })
  const tenantId = uniqueName(`sps${version.replace(/\D/g, '')}`)
  const headers = apiWriteHeaders(E2E_ORIGIN)
  const signIn = await request.post('/api/auth/sign-in', { headers, data: { username: 'admin', password: 'admin-demo' } })
  expect(signIn.status()).toBe(200)
  expect((await request.post('/api/tenants', { headers, data: { id: tenantId, name: `SPS ${version} ${tenantId}` } })).status()).toBe(201)
  const connection = await request.put(`/api/tenants/${tenantId}/connections/sps`, {
    headers,
    data: { applianceUrl: sims.sps, username: 'admin', password: 'sps-admin', tls: 'system', caPem: null },
  })
  expect(connection.status(), await connection.text()).toBe(200)
  return { sims, url: sims.sps, tenantId }
}

export async function simJson(baseUrl: string, path: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(`${baseUrl}${path}`, { ...init, headers: { 'content-type': 'application/json' } })
  if (!response.ok) throw new Error(`${path} → ${response.status}`)
  return response.json()
}

export interface SimUser {
  key: string
  name: string
  password: string | null
}
export interface SimGroup {
  key: string
  name: string
  members: string[]
}

/** What SPS has COMMITTED (the simulator's collections never show pending changes). */
export async function committed<T>(sps: OwnSps, name: 'usergroups' | 'localUsers'): Promise<T[]> {
  const body = (await simJson(sps.url, `/__sim/collections/${name}?limit=1000`)) as { items?: T[] } | T[]
  return Array.isArray(body) ? body : (body.items ?? [])
}

/** Two local users with plain names, to pick as members. */
export async function twoPlainUsers(sps: OwnSps): Promise<[SimUser, SimUser]> {
  const users = (await committed<SimUser>(sps, 'localUsers')).filter((user) => /^[a-z][a-z0-9.]+$/.test(user.name) && user.name !== 'admin' && user.name !== 'auditor')
  return [users[0] as SimUser, users[1] as SimUser]
}

export async function lockHolder(sps: OwnSps): Promise<unknown> {
  return ((await simJson(sps.url, '/__sim/sps')) as { lock: unknown }).lock
}

/** Ends whatever this page's console session still has pending, so the next journey finds SPS unlocked. */
export async function discardPending(page: Page, sps: OwnSps): Promise<void> {
  await page.request.post(`/api/t/${sps.tenantId}/sps/transaction/discard`, { headers: apiWriteHeaders(E2E_ORIGIN), data: {} }).catch(() => undefined)
}
