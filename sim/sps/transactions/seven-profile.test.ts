import { describe, expect, it } from 'vitest'
import { createTestSps, type SpsErrorJson, type SpsListingJson, type SpsMetaJson, type SpsObjectJson } from '../test-support/sps-test-client'

// The 7.x behaviour (sps.md §5, §11): the first change opens the transaction, the status sits
// under `body` with `commit_message`, and metas carry `remaining_seconds`.

const TIME_POLICIES = '/api/configuration/policies/time_policies'
const NIGHTS = { name: 'nights', Mon: [['22:00', '23:59']], Tue: [], Wed: [], Thu: [], Fri: [], Sat: [], Sun: [] }

interface SevenStatusJson {
  readonly key: string
  readonly meta: { readonly href: string; readonly parent: string; readonly remaining_seconds: number; readonly changes?: string }
  readonly body: { readonly status: 'open' | 'closed'; readonly commit_message: 'optional' | 'required' }
}

describe('SPS 7.x behaviour', () => {
  it('shows the transaction status under body with commit_message', async () => {
    const client = await createTestSps({ spsVersion: '7.0.5' }).signIn()
    const status = await client.get<SevenStatusJson>('/api/transaction')
    expect(status.json).toEqual({
      key: 'transaction',
      meta: { href: '/api/transaction', parent: '/api', remaining_seconds: 1200 },
      body: { status: 'closed', commit_message: 'optional' },
    })
  })

  it('opens the transaction on the first change, which locks out other sessions', async () => {
    const { signIn } = createTestSps({ spsVersion: '7' })
    const first = await signIn()
    const second = await signIn()
    const created = await first.post<SpsMetaJson>(TIME_POLICIES, NIGHTS)
    expect(created.status).toBe(201)
    expect(created.json.meta).toMatchObject({ parent: TIME_POLICIES, transaction: '/api/transaction', remaining_seconds: 1200 })
    expect((await first.get<SevenStatusJson>('/api/transaction')).json.body.status).toBe('open')
    const blocked = await second.post<SpsErrorJson>(TIME_POLICIES, { ...NIGHTS, name: 'other' })
    expect(blocked.status).toBe(409)
    expect(blocked.json.error.type).toBe('ConfigurationLocked')
    await first.commit({ message: 'add the nights policy' })
    expect((await second.get<SpsObjectJson>(`${TIME_POLICIES}/${created.json.key}`)).json.body).toMatchObject({ name: 'nights' })
  })

  it('does not open a transaction for a change it refuses', async () => {
    const client = await createTestSps({ spsVersion: '7' }).signIn()
    expect((await client.post<SpsErrorJson>(TIME_POLICIES, { name: 'incomplete' })).status).toBe(400)
    expect((await client.get<SevenStatusJson>('/api/transaction')).json.body.status).toBe('closed')
  })

  it('adds remaining_seconds to configuration and audit metas', async () => {
    const { signIn, clock } = createTestSps({ spsVersion: '7' })
    const client = await signIn()
    clock.advanceSeconds(5)
    const listing = await client.get<SpsListingJson>(TIME_POLICIES)
    expect(listing.json.meta.remaining_seconds).toBe(1200)
    const sessions = await client.get<SpsListingJson>('/api/audit/sessions?limit=1')
    expect(sessions.json.meta.remaining_seconds).toBe(1200)
    const object = await client.get<SpsObjectJson>(`${TIME_POLICIES}/-100`)
    expect(object.json.meta.remaining_seconds).toBe(1200)
  })

  it('requires a commit message when the appliance demands one', async () => {
    const { sim, signIn } = createTestSps({ spsVersion: '7' })
    await sim.app.request('/__sim/sps', { method: 'PUT', body: JSON.stringify({ commitMessage: 'required' }), headers: { 'content-type': 'application/json' } })
    const client = await signIn()
    await client.post(TIME_POLICIES, NIGHTS)
    expect((await client.get<SevenStatusJson>('/api/transaction')).json.body.commit_message).toBe('required')
    const refused = await client.commit<SpsErrorJson>()
    expect(refused.status).toBe(400)
    expect(refused.json.error.type).toBe('SemanticError')
    expect((await client.commit<SevenStatusJson>({ message: 'CHG-1234 nightly window' })).json.body.status).toBe('closed')
    const state = (await (await sim.app.request('/__sim/sps')).json()) as { commits: { message: string; username: string }[] }
    expect(state.commits[0]).toMatchObject({ message: 'CHG-1234 nightly window', username: 'admin' })
  })

  it('switches between behaviours through /__sim/sps, ending sessions like a firmware change', async () => {
    const { sim, signIn } = createTestSps()
    const before = await signIn()
    expect((await before.get<SpsObjectJson<{ version: string }>>('/api/info')).json.body.version).toBe('6.0.7')
    const switched = await sim.app.request('/__sim/sps', { method: 'PUT', body: JSON.stringify({ version: '7.0.5' }), headers: { 'content-type': 'application/json' } })
    expect(await switched.json()).toMatchObject({ version: '7.0.5', behaviour: 'seven' })
    expect((await before.get('/api/info')).status).toBe(401)
    const after = await signIn()
    expect((await after.get<SpsObjectJson<{ firmware_version: string }>>('/api/info')).json.body).toEqual({ firmware_version: '7.0.5', version: '7.0.5' })
    expect((await after.post(TIME_POLICIES, NIGHTS)).status).toBe(201)
    await sim.app.request('/__sim/reset', { method: 'POST' })
    const reset = await signIn()
    expect((await reset.get<SpsObjectJson<{ version: string }>>('/api/info')).json.body.version).toBe('6.0.7')
    expect((await reset.post<SpsErrorJson>(TIME_POLICIES, NIGHTS)).json.error.type).toBe('NoTransaction')
  })

  it('refuses unknown versions in /__sim/sps', async () => {
    const { sim } = createTestSps()
    const answer = await sim.app.request('/__sim/sps', { method: 'PUT', body: JSON.stringify({ version: '4.2' }), headers: { 'content-type': 'application/json' } })
    expect(answer.status).toBe(400)
  })
})
