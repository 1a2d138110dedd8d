import { describe, expect, it } from 'vitest'
import { SPS_BUILTIN_ACLS } from './data/sps-acls'
import { createTestSps, type SpsListingJson, type SpsObjectJson } from './test-support/sps-test-client'

// The message format against the samples of seed 004 (5.7.0): metas with sibling navigation,
// `items` listings, `key`/`body` objects, references as `{key, meta: {href}}`.

const AAA = '/api/configuration/aaa'
const LOCAL_DATABASE = `${AAA}/local_database`

describe('SPS message format', () => {
  it('serves the ACLs as seed 004 shows them', async () => {
    const client = await createTestSps().signIn()
    const answer = await client.get<SpsObjectJson<unknown>>(`${AAA}/acls`)
    expect(answer.json).toEqual({
      body: SPS_BUILTIN_ACLS,
      key: 'acls',
      meta: {
        first: `${AAA}/acls`,
        href: `${AAA}/acls`,
        last: `${AAA}/settings`,
        next: `${AAA}/local_database`,
        parent: AAA,
        previous: null,
        transaction: '/api/transaction',
      },
    })
  })

  it('lists local_database as seed 004 shows it', async () => {
    const client = await createTestSps().signIn()
    const answer = await client.get<SpsListingJson>(LOCAL_DATABASE)
    expect(answer.json).toEqual({
      items: [
        { key: 'groups', meta: { href: `${LOCAL_DATABASE}/groups` } },
        { key: 'users', meta: { href: `${LOCAL_DATABASE}/users` } },
      ],
      meta: { first: `${AAA}/acls`, href: LOCAL_DATABASE, last: `${AAA}/settings`, next: `${AAA}/settings`, parent: AAA, previous: `${AAA}/acls`, transaction: '/api/transaction' },
    })
  })

  it('lists users with the collection meta of seed 004, and serves a user with its password by reference', async () => {
    const { sim, signIn } = createTestSps()
    const client = await signIn()
    const listing = await client.get<SpsListingJson>(`${LOCAL_DATABASE}/users`)
    expect(listing.json.meta).toEqual({
      first: `${LOCAL_DATABASE}/groups`,
      href: `${LOCAL_DATABASE}/users`,
      last: `${LOCAL_DATABASE}/users`,
      next: null,
      parent: LOCAL_DATABASE,
      previous: `${LOCAL_DATABASE}/groups`,
      transaction: '/api/transaction',
    })
    const keys = listing.json.items.map((item) => item.key)
    expect(keys).toHaveLength(sim.context.data.localUsers.size)
    for (const item of listing.json.items) expect(item).toEqual({ key: item.key, meta: { href: `${LOCAL_DATABASE}/users/${item.key}` } })

    const second = await client.get<SpsObjectJson>(`${LOCAL_DATABASE}/users/${keys[1]}`)
    const passwordKey = sim.context.data.localUsers.get(keys[1]!)!.password!
    expect(second.json).toEqual({
      body: { name: 'auditor', password: { key: passwordKey, meta: { href: `/api/configuration/passwords/${passwordKey}` } }, password_created: expect.any(Number) as unknown },
      key: keys[1],
      meta: {
        first: `${LOCAL_DATABASE}/users/${keys[0]}`,
        href: `${LOCAL_DATABASE}/users/${keys[1]}`,
        last: `${LOCAL_DATABASE}/users/${keys.at(-1)}`,
        next: `${LOCAL_DATABASE}/users/${keys[2]}`,
        parent: `${LOCAL_DATABASE}/users`,
        previous: `${LOCAL_DATABASE}/users/${keys[0]}`,
        transaction: '/api/transaction',
      },
    })
  })

  it('serves a usergroup as seed 004 does: members by name, siblings among the groups', async () => {
    const client = await createTestSps().signIn()
    const keys = (await client.get<SpsListingJson>(`${LOCAL_DATABASE}/groups`)).json.items.map((item) => item.key)
    const first = await client.get<SpsObjectJson<{ members: string[]; name: string }>>(`${LOCAL_DATABASE}/groups/${keys[0]}`)
    expect(first.json.body.name).toBe('basic-view')
    expect(first.json.body.members).toContain('auditor')
    expect(first.json.meta).toMatchObject({ first: `${LOCAL_DATABASE}/groups/${keys[0]}`, previous: null, next: `${LOCAL_DATABASE}/groups/${keys[1]}` })
  })

  it('writes every object with its keys in alphabetical order, as SPS does', async () => {
    const { sim, signIn } = createTestSps()
    const client = await signIn()
    const response = await sim.app.request(`${AAA}/acls`, { headers: { cookie: client.cookie! } })
    const text = await response.text()
    expect(text.indexOf('"body"')).toBeLessThan(text.indexOf('"key"'))
    expect(text.indexOf('"key"')).toBeLessThan(text.indexOf('"meta"'))
    expect(text).toMatch(/^\{"body":\[\{"group":"basic-view","objects":\["\/special\/basic"\],"permission":"read"\}/)
  })

  it('navigates the configuration tree from /api down', async () => {
    const client = await createTestSps().signIn()
    const api = await client.get<SpsListingJson>('/api')
    expect(api.json.items.map((item) => item.key)).toEqual(['audit', 'configuration', 'info', 'transaction'])
    const configuration = await client.get<SpsListingJson>('/api/configuration')
    expect(configuration.json.items.map((item) => item.key)).toEqual(['aaa', 'passwords', 'policies', 'rdp', 'ssh'])
    const rdp = await client.get<SpsListingJson>('/api/configuration/rdp')
    expect(rdp.json.meta).toMatchObject({ href: '/api/configuration/rdp', parent: '/api/configuration', previous: '/api/configuration/policies', next: '/api/configuration/ssh' })
  })

  it('answers unknown paths and objects with 404 NotFound in the SPS error format', async () => {
    const client = await createTestSps().signIn()
    for (const path of ['/api/configuration/nothing', `${LOCAL_DATABASE}/users/0000`, '/api/audit/sessions/unknown-session']) {
      const answer = await client.get(path)
      expect(answer.status).toBe(404)
      expect(answer.json).toMatchObject({ error: { type: 'NotFound', details: { path } }, meta: { href: path } })
    }
  })

  it('answers methods an endpoint does not support with 405 and Allow', async () => {
    const client = await createTestSps().signIn()
    const acls = await client.put(`${AAA}/acls`, { body: [] })
    expect(acls.status).toBe(405)
    expect(acls.headers.get('allow')).toBe('GET')
    expect((await client.delete(`${LOCAL_DATABASE}/users`)).headers.get('allow')).toBe('GET, POST')
  })
})
