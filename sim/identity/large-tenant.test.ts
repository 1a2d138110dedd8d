import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SimApp } from '../framework/sim-app'
import { createIdentityApp } from './app'
import type { IdentityData } from './data/identity-data'
import { IDENTITY_DEMO_SERVICE_USER } from './data/identity-tenant'
import type { RedrockResult } from './envelope/redrock-result'
import { compareNoCase } from './query/no-case-order'

// The 100,000-user tenant: searches and pages answer from cached columns, records are built only
// for the rows returned. Timings are printed, not asserted (budgets belong to `npm run bench`).

let sim: SimApp<IdentityData>
let token: string

async function post<T>(path: string, body: unknown): Promise<T> {
  const started = performance.now()
  const response = await sim.app.request(path, { method: 'POST', headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' }, body: JSON.stringify(body) })
  const answer = (await response.json()) as { success: boolean; Result: T; Message: string | null }
  console.info(`${path} ${(performance.now() - started).toFixed(0)} ms`)
  expect(answer.success, answer.Message ?? '').toBe(true)
  return answer.Result
}

beforeAll(async () => {
  sim = createIdentityApp({ profile: 'large', seed: 'gatehouse' }, { rateLimit: null })
  const response = await sim.app.request('/oauth2/platformtoken', {
    method: 'POST',
    body: new URLSearchParams({ grant_type: 'client_credentials', client_id: IDENTITY_DEMO_SERVICE_USER.name, client_secret: IDENTITY_DEMO_SERVICE_USER.secret }),
  })
  token = ((await response.json()) as { access_token: string }).access_token
})

afterAll(() => sim.context.reset())

describe('large tenant (100,000 users)', () => {
  it('searches, sorts and pages users through Redrock, the directory query and SCIM alike', async () => {
    const script = "select ID, Username, DisplayName from User where Username like '%smith%' order by DisplayName"
    const page = await post<RedrockResult>('/Redrock/query', { Script: script, Args: { PageNumber: 2, PageSize: 50 } })
    expect(page.Count).toBe(50)
    expect(page.FullCount).toBeGreaterThan(1_000)
    const names = page.Results.map((result) => String(result.Row.DisplayName))
    expect(names).toEqual([...names].sort(compareNoCase))

    const scim = await sim.app.request(`/scim/Users?count=10&filter=${encodeURIComponent('userName co "smith"')}`, { headers: { authorization: `Bearer ${token}` } })
    expect(((await scim.json()) as { totalResults: number }).totalResults).toBe(page.FullCount)

    const locked = await post<{ User: { FullCount: number; Results: { Row: { Locked: boolean } }[] } }>('/UserMgmt/DirectoryServiceQuery', {
      user: '{"Locked": true}',
      Args: { PageNumber: 1, PageSize: 20, SortBy: 'DisplayName' },
    })
    expect(locked.User.Results).toHaveLength(20)
    expect(locked.User.Results.every((result) => result.Row.Locked)).toBe(true)

    const created = await post<string>('/CDirectoryService/CreateUser', { Name: 'zzz.smith.new@gatehouse.sim', DisplayName: 'Zzz Smith' })
    const after = await post<RedrockResult>('/Redrock/query', { Script: script, Args: { PageNumber: 1, PageSize: 1 } })
    expect(after.FullCount).toBe(page.FullCount + 1)
    const found = await post<RedrockResult>('/Redrock/query', { Script: "select ID from User where Username = 'ZZZ.SMITH.NEW@gatehouse.sim'" })
    expect(found.Results.map((result) => result.Row.ID)).toEqual([created])
  })
})
