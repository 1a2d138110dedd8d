import { describe, expect, it } from 'vitest'
import { AUDITOR, createTestSps, type SpsErrorJson, type SpsListingJson, type SpsMetaJson, type SpsObjectJson } from '../test-support/sps-test-client'

const TIME_POLICIES = '/api/configuration/policies/time_policies'
const RDP_POLICIES = '/api/configuration/rdp/channel_policies'
const SSH_POLICIES = '/api/configuration/ssh/channel_policies'

/** Seed 003's "simple RDP Channel policy that … allows only the Drawing channel". */
const DRAWING_ONLY = {
  name: 'drawing-only-2',
  rules: [
    {
      actions: { audit: true, content_policy: null, four_eyes: false, ids: false },
      allowed_for: { clients: [], gateway_groups: [], remote_groups: [], servers: [], time_policy: '-100' },
      channel: '#drawing',
    },
  ],
}

const ALL_DAY = [['0:00', '23:59']]

describe('SPS time policies', () => {
  it('has the built-in 7x24 policy under key -100, as documented', async () => {
    const client = await createTestSps().signIn()
    const policy = await client.get<SpsObjectJson>(`${TIME_POLICIES}/-100`)
    expect(policy.json.body).toEqual({ Fri: ALL_DAY, Mon: ALL_DAY, Sat: ALL_DAY, Sun: ALL_DAY, Thu: ALL_DAY, Tue: ALL_DAY, Wed: ALL_DAY, name: '7x24' })
    expect(policy.json.meta).toMatchObject({ first: `${TIME_POLICIES}/-100`, previous: null, parent: TIME_POLICIES })
  })

  it('refuses to delete a built-in policy', async () => {
    const client = await createTestSps().signIn()
    await client.openTransaction()
    const answer = await client.delete<SpsErrorJson>(`${TIME_POLICIES}/-100`)
    expect(answer.status).toBe(400)
    expect(answer.json.error).toMatchObject({ type: 'SemanticError', message: expect.stringMatching(/Built-in policies/) as unknown })
  })

  it('refuses to delete a time policy used in a channel policy, until nothing uses it', async () => {
    const client = await createTestSps().signIn()
    const policies = (await client.get<SpsListingJson>(TIME_POLICIES)).json.items.map((item) => item.key)
    const officeHours = policies[1]!
    expect((await client.get<SpsObjectJson<{ name: string }>>(`${TIME_POLICIES}/${officeHours}`)).json.body.name).toBe('office-hours')
    await client.openTransaction()
    const refused = await client.delete<SpsErrorJson>(`${TIME_POLICIES}/${officeHours}`)
    expect(refused.status).toBe(400)
    const users = refused.json.error.details.referenced_by as string[]
    expect(users).toHaveLength(2)
    expect(users.some((href) => href.startsWith(RDP_POLICIES))).toBe(true)
    expect(users.some((href) => href.startsWith(SSH_POLICIES))).toBe(true)
    // Deleting the users first, in the same transaction, frees it.
    for (const href of users) expect((await client.delete(href)).status).toBe(200)
    expect((await client.delete(`${TIME_POLICIES}/${officeHours}`)).status).toBe(200)
  })

  it('checks names and intervals', async () => {
    const client = await createTestSps().signIn()
    await client.openTransaction()
    const days = { Mon: [], Tue: [], Wed: [], Thu: [], Fri: [], Sat: [], Sun: [] }
    const spaced = await client.post<SpsErrorJson>(TIME_POLICIES, { ...days, name: 'office hours' })
    expect(spaced.json.error.details).toMatchObject({ errors: [{ field: 'name' }] })
    const badTime = await client.post<SpsErrorJson>(TIME_POLICIES, { ...days, name: 'late', Mon: [['25:00', '26:00']] })
    expect(badTime.json.error.details).toMatchObject({ errors: [{ field: 'Mon.0.0' }, { field: 'Mon.0.1' }] })
    expect((await client.post(TIME_POLICIES, { ...days, name: 'late', Mon: [['20:00', '23:59']] })).status).toBe(201)
    expect((await client.post<SpsErrorJson>(TIME_POLICIES, { ...days, name: '7x24' })).json.error.type).toBe('SemanticError')
  })
})

describe('SPS channel policies', () => {
  it('creates the seed 003 RDP example and answers with the new key and its meta', async () => {
    const client = await createTestSps().signIn()
    await client.openTransaction()
    const created = await client.post<SpsMetaJson>(RDP_POLICIES, DRAWING_ONLY)
    expect(created.status).toBe(201)
    const key = created.json.key!
    expect(created.json).toEqual({ key, meta: { href: `${RDP_POLICIES}/${key}`, parent: RDP_POLICIES, transaction: '/api/transaction' } })
    const stored = await client.get<SpsObjectJson<{ rules: { allowed_for: { time_policy: unknown } }[] }>>(`${RDP_POLICIES}/${key}`)
    expect(stored.json.body.rules[0]!.allowed_for.time_policy).toEqual({ key: '-100', meta: { href: `${TIME_POLICIES}/-100` } })
  })

  it('answers PUT and DELETE with the sibling meta of seed 003', async () => {
    const client = await createTestSps().signIn()
    const before = (await client.get<SpsListingJson>(RDP_POLICIES)).json.items.map((item) => item.key)
    await client.openTransaction()
    const key = (await client.post<SpsMetaJson>(RDP_POLICIES, DRAWING_ONLY)).json.key!
    const expected = {
      meta: {
        first: `${RDP_POLICIES}/-20100`,
        href: `${RDP_POLICIES}/${key}`,
        last: `${RDP_POLICIES}/${key}`,
        next: null,
        parent: RDP_POLICIES,
        previous: `${RDP_POLICIES}/${before.at(-1)}`,
        transaction: '/api/transaction',
      },
    }
    const put = await client.put<SpsMetaJson>(`${RDP_POLICIES}/${key}`, { ...DRAWING_ONLY, name: 'drawing-only-3' })
    expect(put.status).toBe(201)
    expect(put.json).toEqual(expected)
    const deleted = await client.delete<SpsMetaJson>(`${RDP_POLICIES}/${key}`)
    expect(deleted.status).toBe(200)
    expect(deleted.json).toEqual(expected)
    expect((await client.get(`${RDP_POLICIES}/${key}`)).status).toBe(404)
  })

  it('refuses to delete the built-in RDP and SSH channel policies', async () => {
    const client = await createTestSps().signIn()
    await client.openTransaction()
    for (const href of [`${RDP_POLICIES}/-20100`, `${SSH_POLICIES}/-10100`]) {
      const answer = await client.delete<SpsErrorJson>(href)
      expect(answer.status).toBe(400)
      expect(answer.json.error.type).toBe('SemanticError')
    }
  })

  it('wants the time policy as its key: an embedded reference or an unknown key is a SemanticError', async () => {
    const client = await createTestSps().signIn()
    await client.openTransaction()
    const withRule = (timePolicy: unknown): unknown => ({ ...DRAWING_ONLY, rules: [{ ...DRAWING_ONLY.rules[0], allowed_for: { ...DRAWING_ONLY.rules[0]!.allowed_for, time_policy: timePolicy } }] })
    const embedded = await client.post<SpsErrorJson>(RDP_POLICIES, withRule({ key: '-100', meta: { href: `${TIME_POLICIES}/-100` } }))
    expect(embedded.json.error).toMatchObject({ type: 'SemanticError', details: { errors: [{ field: 'rules.0.allowed_for.time_policy' }] } })
    const unknown = await client.post<SpsErrorJson>(RDP_POLICIES, withRule('-999'))
    expect(unknown.json.error).toMatchObject({ type: 'SemanticError', details: { errors: [{ field: 'rules.0.allowed_for.time_policy' }] } })
    const noClients = await client.post<SpsErrorJson>(SSH_POLICIES, { name: 'x', rules: [{ ...DRAWING_ONLY.rules[0], allowed_for: { time_policy: '-100' } }] })
    expect(noClients.json.error.details).toMatchObject({ errors: expect.arrayContaining([expect.objectContaining({ field: 'rules.0.allowed_for.clients' })]) as unknown })
  })

  it('lets the read-only user read policies but not change them', async () => {
    const auditor = await createTestSps().signIn(AUDITOR)
    expect((await auditor.get(`${SSH_POLICIES}/-10100`)).status).toBe(200)
    expect((await auditor.post<SpsErrorJson>(SSH_POLICIES, DRAWING_ONLY)).json.error.type).toBe('Unauthorized')
  })
})
